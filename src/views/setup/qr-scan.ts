// Reading a QR code with the camera, where the browser can: BarcodeDetector (Chromium on Android,
// Safari 17+) and a camera through getUserMedia. Elsewhere the setup screen asks to type the code.

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorClass {
  new (opts: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats?: () => Promise<string[]>;
}

function detectorClass(): BarcodeDetectorClass | undefined {
  return (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
}

/** True when this browser can read a QR code from the camera. */
export async function canScanQr(): Promise<boolean> {
  const Detector = detectorClass();
  if (!Detector || !navigator.mediaDevices?.getUserMedia) return false;
  try {
    const formats = (await Detector.getSupportedFormats?.()) ?? ['qr_code'];
    return formats.includes('qr_code');
  } catch {
    return false;
  }
}

export interface QrScan {
  stop(): void;
}

const SCAN_EVERY_MS = 250;

/**
 * Shows the back camera in `video` and calls `onText` with the first QR code read. Rejects with a
 * DOMException (NotAllowedError…) when the camera cannot be used.
 */
export async function startQrScan(video: HTMLVideoElement, onText: (text: string) => void): Promise<QrScan> {
  const Detector = detectorClass();
  if (!Detector) throw new Error('no BarcodeDetector');
  const detector = new Detector({ formats: ['qr_code'] });
  const stream = await navigator.mediaDevices.getUserMedia({
    video: { facingMode: { ideal: 'environment' } },
    audio: false,
  });
  video.srcObject = stream;
  await video.play().catch(() => undefined);
  let stopped = false;
  let timer: number | undefined;
  const stop = () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
  const tick = async () => {
    if (stopped) return;
    try {
      const found = await detector.detect(video);
      const text = found[0]?.rawValue;
      if (text) {
        stop();
        onText(text);
        return;
      }
    } catch {
      // The picture was not ready yet: try again on the next tick.
    }
    timer = window.setTimeout(tick, SCAN_EVERY_MS);
  };
  void tick();
  return { stop };
}
