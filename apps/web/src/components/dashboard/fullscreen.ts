// The Fullscreen API where the browser allows it (it may refuse outside a click, or in a frame):
// the wall display works without it, full screen is only better.

export async function enterFullscreen(element: Element): Promise<boolean> {
  if (typeof document === 'undefined' || document.fullscreenElement) return Boolean(document?.fullscreenElement);
  try {
    await element.requestFullscreen?.({ navigationUI: 'hide' });
    return Boolean(document.fullscreenElement);
  } catch {
    return false;
  }
}

export async function exitFullscreen(): Promise<void> {
  if (typeof document === 'undefined' || !document.fullscreenElement) return;
  try {
    await document.exitFullscreen();
  } catch {
    // already left (Esc)
  }
}

export function fullscreenAvailable(): boolean {
  return typeof document !== 'undefined' && document.fullscreenEnabled === true;
}
