/** Types for the XML modules the translator round trip uses that ship none (sax; xliff's XLIFF 1.2 reader). */
declare module 'sax' {
  interface SAXParser {
    onerror: (error: Error) => void;
    write(text: string): SAXParser;
    close(): SAXParser;
  }
  const sax: { parser(strict: boolean, options?: Record<string, unknown>): SAXParser };
  export default sax;
}

declare module 'xliff/xliff12ToJs' {
  export default function xliff12ToJs(xml: string): Promise<unknown>;
}
