/**
 * Writes minimal, valid PDF files by hand for tests: pages with a real text layer (Helvetica, one line per
 * `Tj`), a page holding only an image, and an encrypted file whose password is unknown.
 */

function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (char) => `\\${char}`)})`;
}

/** Assembles numbered objects into a file with a correct cross-reference table. */
function assemble(objects: readonly string[], trailerExtra = ''): Uint8Array {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

function stream(content: string, dictionary = ''): string {
  return `<< /Length ${content.length}${dictionary} >>\nstream\n${content}\nendstream`;
}

/** Pages of lines (ASCII); an empty string in a page's lines leaves a paragraph gap. */
function pageObjects(pages: readonly (readonly string[])[], trailerExtra = ''): Uint8Array {
  const firstPage = 4;
  const kids = pages.map((_, index) => `${firstPage + index * 2} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  pages.forEach((lines, index) => {
    const content = `BT /F1 12 Tf 14 TL 72 720 Td ${lines.map((line) => `${pdfString(line)} Tj T*`).join(' ')} ET`;
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${firstPage + index * 2 + 1} 0 R >>`,
      stream(content),
    );
  });
  return assemble(objects, trailerExtra);
}

export function buildPdf(pages: readonly (readonly string[])[]): Uint8Array {
  return pageObjects(pages);
}

/** One page showing a 1×1 image and no text: what a scan looks like to a text reader. */
export function buildImageOnlyPdf(): Uint8Array {
  return assemble([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    stream('q 100 0 0 100 72 600 cm /Im1 Do Q'),
    stream(
      'A',
      ' /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8',
    ),
  ]);
}

/** Standard security handler with a user password that is not empty: unreadable without it. */
export function buildEncryptedPdf(): Uint8Array {
  const filler = '<' + '28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A' + '>';
  const encrypt = ` /Encrypt << /Filter /Standard /V 1 /R 2 /O ${filler} /U ${filler} /P -44 >> /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]`;
  return pageObjects([['Secret text']], encrypt);
}
