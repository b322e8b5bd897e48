// Getting attention for what cannot wait: a beep (WebAudio, no sound file) and a blinking title.

let audio;
let blink;
const baseTitle = () => document.body.dataset.title ?? document.title;

// Browsers only let a page make sound after the user interacted with it: unlock on the first key or click.
for (const type of ['pointerdown', 'keydown']) {
  window.addEventListener(type, () => {
    audio ??= new AudioContext();
    void audio.resume();
  }, { once: true, capture: true });
}

function beep() {
  if (!audio || audio.state !== 'running') return;
  const now = audio.currentTime;
  for (const [offset, freq] of [[0, 880], [0.25, 660], [0.5, 880]]) {
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.0001, now + offset);
    gain.gain.exponentialRampToValueAtTime(0.3, now + offset + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + offset + 0.2);
    osc.connect(gain).connect(audio.destination);
    osc.start(now + offset);
    osc.stop(now + offset + 0.22);
  }
}

/** Beeps and blinks the title with `message` until the coordinator touches the page. */
export function raiseAlarm(message) {
  beep();
  clearInterval(blink);
  const title = baseTitle();
  let on = true;
  document.title = `🔴 ${message}`;
  blink = setInterval(() => {
    on = !on;
    document.title = on ? `🔴 ${message}` : title;
  }, 800);
  const stop = () => {
    clearInterval(blink);
    document.title = title;
  };
  // Not the click that may already be under way: the next interaction, a moment later.
  setTimeout(() => {
    window.addEventListener('pointerdown', stop, { once: true });
    window.addEventListener('keydown', stop, { once: true });
  }, 1500);
}
