/** <quick-exit>: the exit link leaves at once, and Shift pressed three times does the same. */
import { ShiftCounter } from '../lib/shiftCounter.ts';

/** Leaves the page: blank it and clear the title at once, then replace this history entry. */
function leave(href: string) {
  // Tools holding answers in memory (self-check, safety plan) empty themselves on this event.
  document.dispatchEvent(new Event('quick-exit'));
  document.documentElement.classList.add('is-exiting');
  document.title = '';
  window.location.replace(href);
}

class QuickExit extends HTMLElement {
  static listening = false;
  static savedTitle = '';

  connectedCallback() {
    const link = this.querySelector<HTMLAnchorElement>('a.js-quick-exit');
    const status = this.querySelector<HTMLElement>('[data-quick-exit-status]');
    if (!link) return;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      leave(link.href);
    });
    if (QuickExit.listening) return;
    QuickExit.listening = true;
    QuickExit.savedTitle = document.title;

    const announce = (text: string) => {
      if (status) status.textContent = text;
    };
    const counter = new ShiftCounter({
      onExit: () => leave(link.href),
      onProgress: (remaining) => announce(remaining === 2 ? this.dataset.twoMore ?? '' : this.dataset.oneMore ?? ''),
      onExpire: () => announce(this.dataset.expired ?? ''),
    });
    document.addEventListener('keydown', (event) => counter.keyDown(event.key, event.repeat, event.isComposing), true);
    document.addEventListener('keyup', (event) => counter.keyUp(event.key, event.isComposing), true);
    // On-screen keyboards send Shift between typed characters: typing starts the count over.
    document.addEventListener('input', () => counter.textEntered(), true);
    document.addEventListener('compositionstart', () => counter.composition('start'), true);
    document.addEventListener('compositionupdate', () => counter.composition('update'), true);
    document.addEventListener('compositionend', () => counter.composition('end'), true);

    // A page brought back from the back/forward cache must be usable again.
    window.addEventListener('pageshow', (event) => {
      if (!event.persisted) return;
      document.documentElement.classList.remove('is-exiting');
      document.title = QuickExit.savedTitle;
      counter.reset();
      announce('');
    });
  }
}
customElements.define('quick-exit', QuickExit);
