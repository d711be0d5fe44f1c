/** <read-aloud>: Listen, Pause and Stop, stamped in only when the device has a voice for the text. */
import { pickVoice } from '../lib/voices.ts';
import { stamp } from './stamp.ts';

class ReadAloud extends HTMLElement {
  private state: 'idle' | 'playing' | 'paused' = 'idle';

  connectedCallback() {
    if (!('speechSynthesis' in window)) return;
    // Voices may arrive after the page has loaded: the buttons appear then, into their kept space.
    const show = () => {
      if (this.voice()) this.enable();
    };
    show();
    speechSynthesis.addEventListener('voiceschanged', show);
  }

  private voice() {
    return pickVoice(speechSynthesis.getVoices(), this.dataset.lang ?? document.documentElement.lang);
  }

  private enable() {
    if (this.querySelector('[data-toggle]')) return;
    stamp(this, 'listen');
    const toggle = this.querySelector<HTMLButtonElement>('[data-toggle]')!;
    const stop = this.querySelector<HTMLButtonElement>('[data-stop]')!;
    const label = () => {
      toggle.textContent = this.state === 'playing' ? this.dataset.pause ?? '' : this.state === 'paused' ? this.dataset.resume ?? '' : this.dataset.play ?? '';
      stop.disabled = this.state === 'idle';
    };
    const reset = () => {
      speechSynthesis.cancel();
      this.state = 'idle';
      label();
    };
    toggle.addEventListener('click', () => {
      if (this.state === 'playing') {
        speechSynthesis.pause();
        this.state = 'paused';
      } else if (this.state === 'paused') {
        speechSynthesis.resume();
        this.state = 'playing';
      } else {
        const chosen = this.voice();
        if (!chosen) return;
        // The speaking code is fetched from this site only when someone presses Listen.
        void import('./readAloud.ts').then(({ speakMain }) => speakMain(chosen, reset));
        this.state = 'playing';
      }
      label();
    });
    stop.addEventListener('click', reset);
    window.addEventListener('pagehide', reset);
    document.addEventListener('quick-exit', reset);
  }
}
customElements.define('read-aloud', ReadAloud);
