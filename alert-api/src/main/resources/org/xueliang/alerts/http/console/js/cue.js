// The cue of a new high-level alert: a two-tone chime (Web Audio, no sound file) and a red banner.
let audio = null;
let count = 0;

function chime() {
  try {
    audio = audio || new AudioContext();
    const start = audio.currentTime;
    [880, 660, 880].forEach((frequency, i) => {
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start + i * 0.18);
      gain.gain.exponentialRampToValueAtTime(0.25, start + i * 0.18 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.18 + 0.16);
      tone.connect(gain).connect(audio.destination);
      tone.start(start + i * 0.18);
      tone.stop(start + i * 0.18 + 0.17);
    });
  } catch {
    // a browser without audio still shows the banner
  }
}

/** Sounds and shows the cue; the count lets people and tests see how many cues were given. */
export function cue(text, muted) {
  count += 1;
  document.body.dataset.cues = String(count);
  if (!muted) chime();
  const banner = document.getElementById('banner');
  banner.textContent = text;
  banner.hidden = false;
  banner.classList.remove('flash');
  void banner.offsetWidth;
  banner.classList.add('flash');
  clearTimeout(cue.timer);
  cue.timer = setTimeout(() => { banner.hidden = true; }, 8000);
}
