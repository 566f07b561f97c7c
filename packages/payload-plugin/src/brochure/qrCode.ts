import QRCode from 'qrcode'

/** Light modules around the code, as the QR standard asks, so a phone finds it on a busy page. */
const quietZone = 4

/**
 * Draws a QR code for `text` as vector squares (sharp at any print size, a few hundred bytes) with its
 * quiet zone, `size` points wide, its top left corner at (x, y). Error correction M: a fold or a smudge
 * across the printed code still reads.
 */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const cells = modules.size + quietZone * 2
  const cell = size / cells
  doc.save()
  doc.rect(x, y, size, size).fill('#ffffff')
  // One rectangle per run of dark modules in a row: a third of the path a square per module would take.
  for (let row = 0; row < modules.size; row++) {
    let run = -1
    for (let column = 0; column <= modules.size; column++) {
      const dark = column < modules.size && modules.data[row * modules.size + column] === 1
      if (dark && run < 0) run = column
      if (!dark && run >= 0) {
        doc.rect(x + (run + quietZone) * cell, y + (row + quietZone) * cell, (column - run) * cell, cell)
        run = -1
      }
    }
  }
  doc.fill('#000000')
  doc.restore()
}
