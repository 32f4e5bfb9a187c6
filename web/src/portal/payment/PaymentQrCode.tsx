// The gateway's code_url drawn as a QR code in the browser (npm qrcode), as a
// data: image the CSP allows.
import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

export function PaymentQrCode({ value, label }: { value: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(value, { errorCorrectionLevel: 'M', margin: 2, width: 240 }).then((url) => live && setSrc(url));
    return () => {
      live = false;
    };
  }, [value]);
  return src ? <img className="pay-qr" src={src} alt={label} width={240} height={240} /> : <p role="status">正在生成二维码…</p>;
}
