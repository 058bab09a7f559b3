// Element Plus's base styles (its CSS variables and reset), imported before styles.css so that the
// app's own values of those variables win. Each component's styles come with the component
// (unplugin-element-plus and unplugin-vue-components, vite.config.ts).
import 'element-plus/es/components/base/style/css';
