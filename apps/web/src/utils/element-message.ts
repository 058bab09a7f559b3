// Element Plus's message with its styles (unplugin-element-plus adds them to this import): the
// module toast() fetches.
import { ElMessage } from 'element-plus';

export { ElMessage };
