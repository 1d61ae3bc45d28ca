// Runs in the benchmark's pages, before their own scripts (see measure.mjs).
// Plain browser script: it is sent to the page as text.

/**
 * Runs in the page before any of its scripts: watches paints and layout
 * shifts, and each frame looks for `sentence` on screen, in the page or any
 * open shadow root. Found in a frame, it is visible once that frame is
 * painted: the first task after it, and never before the first contentful paint.
 * @param {string} sentence
 */
function watch(sentence) {
  const state = {visible: 0, fcp: 0, cls: 0};
  let found = 0;
  const settle = () => {
    if (found && state.fcp) state.visible = Math.max(found, state.fcp);
  };
  Object.defineProperty(window, '__bench', {value: state});
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) state.cls += entry.value;
  }).observe({type: 'layout-shift', buffered: true});
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') state.fcp = entry.startTime;
    settle();
  }).observe({type: 'paint', buffered: true});
  const shown = () => {
    const roots = [document];
    while (roots.length) {
      const root = roots.pop();
      const text = root instanceof Document ? root.documentElement.textContent : root.textContent;
      if (text?.includes(sentence)) {
        for (const p of root.querySelectorAll('p'))
          if (p.textContent?.includes(sentence) && p.checkVisibility()) return true;
      }
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
    }
    return false;
  };
  const look = () => {
    if (!shown()) return requestAnimationFrame(look);
    // A message posted in a frame's animation callbacks arrives after that frame's paint.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      found = performance.now();
      settle();
    };
    channel.port2.postMessage(0);
  };
  requestAnimationFrame(look);
}
