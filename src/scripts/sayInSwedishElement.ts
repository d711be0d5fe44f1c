/** <say-in-swedish>: a play button per phrase, only when the device has a Swedish voice of its own. */
import { pickVoice } from '../lib/voices.ts';
import { stamp } from './stamp.ts';

class SayInSwedish extends HTMLElement {
  connectedCallback() {
    if (!('speechSynthesis' in window)) return;
    const show = () => {
      const voice = pickVoice(speechSynthesis.getVoices(), 'sv');
      // Only a voice on the device itself: a network voice would send the phrase away.
      if (!voice || voice.localService === false || this.querySelector('[data-play]')) return;
      stamp(this, 'play');
      stamp(this, 'play-note');
      this.addEventListener('click', (event) => {
        const button = (event.target as Element).closest<HTMLButtonElement>('[data-play]');
        const text = button && this.querySelector(`[data-phrase="${button.dataset.play}"]`)?.textContent;
        if (!text) return;
        speechSynthesis.cancel();
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.voice = voice;
        utterance.lang = voice.lang;
        speechSynthesis.speak(utterance);
      });
    };
    show();
    speechSynthesis.addEventListener('voiceschanged', show);
  }
}
customElements.define('say-in-swedish', SayInSwedish);
