// The parts of ECharts the dashboard draws with, and nothing else: bar charts with a grid,
// legend and tooltip, rendered as SVG (crisp at any size, e.g. on the wall display).
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import VChart from 'vue-echarts';

use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export { VChart };
