// Colours of the dashboard's charts, by meaning. The light set matches the app's status colours
// (styles.css: --gb-*, .gb-thread--*); the dark set is brighter, for the wall display.

export type Theme = 'light' | 'dark';

const light = {
  neutral: '#5a6472',
  'thread.OPEN': '#d48806',
  'thread.ADOPTED': '#2e8b57',
  'thread.PARTLY_ADOPTED': '#1d8fbf',
  'thread.NOT_ADOPTED': '#6b7380',
  'thread.WITHDRAWN': '#b8bec7',
  'work.PLANNED': '#a3abb7',
  'work.IN_PROGRESS': '#1d5fbf',
  'work.DONE': '#2e8b57',
  'work.BLOCKED': '#c8102e',
  'stage.OUTLINE': '#bbcfec',
  'stage.FRAMEWORK': '#8eafdf',
  'stage.CONSULTATION': '#d48806',
  'stage.REVIEW': '#1d5fbf',
  'stage.APPROVED': '#174c99',
  'stage.ISSUED': '#2e8b57',
  'review.INVITED': '#a3abb7',
  'review.ACCEPTED': '#1d5fbf',
  'review.DECLINED': '#6b7380',
  'review.SUBMITTED': '#2e8b57',
  'score.foresight': '#1d5fbf',
  'score.scientific': '#2e8b57',
  'score.operability': '#d48806',
  'load.openThreads': '#d48806',
  'load.overdueItems': '#c8102e',
} as const;

export type ColorKey = keyof typeof light;

const dark: Record<ColorKey, string> = {
  neutral: '#c9d3e0',
  'thread.OPEN': '#ffb020',
  'thread.ADOPTED': '#3ecf8e',
  'thread.PARTLY_ADOPTED': '#38b6f0',
  'thread.NOT_ADOPTED': '#a7b1c2',
  'thread.WITHDRAWN': '#5d6b82',
  'work.PLANNED': '#7d8aa0',
  'work.IN_PROGRESS': '#4d94ff',
  'work.DONE': '#3ecf8e',
  'work.BLOCKED': '#ff5a6e',
  'stage.OUTLINE': '#7d8aa0',
  'stage.FRAMEWORK': '#9bb8e8',
  'stage.CONSULTATION': '#ffb020',
  'stage.REVIEW': '#4d94ff',
  'stage.APPROVED': '#a78bfa',
  'stage.ISSUED': '#3ecf8e',
  'review.INVITED': '#7d8aa0',
  'review.ACCEPTED': '#4d94ff',
  'review.DECLINED': '#a7b1c2',
  'review.SUBMITTED': '#3ecf8e',
  'score.foresight': '#4d94ff',
  'score.scientific': '#3ecf8e',
  'score.operability': '#ffb020',
  'load.openThreads': '#ffb020',
  'load.overdueItems': '#ff5a6e',
};

export const PALETTES: Record<Theme, Record<ColorKey, string>> = { light, dark };

/** Text and rule colours of a chart on each background. */
export const INK: Record<Theme, { text: string; muted: string; rule: string; onBar: string }> = {
  light: { text: '#1f2733', muted: '#5a6472', rule: '#e3e7ee', onBar: '#ffffff' },
  dark: { text: '#e8eef7', muted: '#a9b6c8', rule: '#26364f', onBar: '#0b1526' },
};

// The app's font stack (styles.css), so Chinese labels use a Chinese face on every system.
export const CHART_FONT =
  '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", ' +
  '"Source Han Sans SC", "WenQuanYi Micro Hei", "Segoe UI", Roboto, sans-serif';
