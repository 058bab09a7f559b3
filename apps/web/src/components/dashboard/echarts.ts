// The parts of ECharts the dashboard draws with, and nothing else: bar charts with a grid,
// legend and tooltip, rendered as SVG (crisp at any size, e.g. on the wall display). A chunk of
// its own, loaded by DashboardChart once the page shows: with the code that makes the options.
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { computed, defineComponent, h, type PropType } from 'vue';
import VChart from 'vue-echarts';
import { barOption } from './bar-option';
import type { ChartModel } from './chart-data';
import type { ChartSize } from './chart-size';
import type { Theme } from './palette';

use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** A chart model drawn as bars. */
export const ChartDrawing = defineComponent({
  props: {
    model: { type: Object as PropType<ChartModel>, required: true },
    theme: { type: String as PropType<Theme>, required: true },
    size: { type: String as PropType<ChartSize>, required: true },
  },
  setup(props) {
    const option = computed(() => barOption(props.model, props.theme, props.size));
    return () => h(VChart, { option: option.value, autoresize: true });
  },
});
