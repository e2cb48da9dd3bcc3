// The parts of the .docx package around the body: content types, relationships, styles,
// settings, page-number headers and document properties.
import { AFTER, LINE, SIZE } from './units.js';
import { bodyXml, esc, paragraph, Relationships } from './ooxml.js';
import { zip, zipEntry, type ZipEntry } from './zip.js';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

const CONTENT_TYPES =
  `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/word/document.xml" ContentType="${CT}.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="${CT}.styles+xml"/>` +
  `<Override PartName="/word/settings.xml" ContentType="${CT}.settings+xml"/>` +
  `<Override PartName="/word/header1.xml" ContentType="${CT}.header+xml"/>` +
  `<Override PartName="/word/header2.xml" ContentType="${CT}.header+xml"/>` +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
  '</Types>';

const PACKAGE_RELS =
  `${XML}<Relationships xmlns="${REL}">` +
  `<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/>` +
  `<Relationship Id="rId2" Type="${REL}/metadata/core-properties" Target="docProps/core.xml"/>` +
  `<Relationship Id="rId3" Type="${R}/extended-properties" Target="docProps/app.xml"/>` +
  '</Relationships>';

/** the document's fixed relationships; hyperlinks are numbered after them */
const DOCUMENT_RELS = [
  `<Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/>`,
  `<Relationship Id="rId2" Type="${R}/settings" Target="settings.xml"/>`,
  `<Relationship Id="rId3" Type="${R}/header" Target="header1.xml"/>`,
  `<Relationship Id="rId4" Type="${R}/header" Target="header2.xml"/>`,
];
export const FIRST_LINK_ID = DOCUMENT_RELS.length + 1;
/** relationship ids of the page-number header and the empty first-page header */
export const HEADER_IDS = { default: 'rId3', first: 'rId4' } as const;

function documentRels(links: readonly string[]): string {
  const ext = links.map((href, i) => `<Relationship Id="rId${FIRST_LINK_ID + i}" Type="${R}/hyperlink" Target="${esc(href)}" TargetMode="External"/>`);
  return `${XML}<Relationships xmlns="${REL}">${DOCUMENT_RELS.join('')}${ext.join('')}</Relationships>`;
}

function styles(font: string): string {
  const f = esc(font);
  return (
    `${XML}<w:styles xmlns:w="${W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${f}" w:cs="${f}" w:eastAsia="${f}" w:hAnsi="${f}"/>` +
    `<w:sz w:val="${SIZE.body}"/><w:szCs w:val="${SIZE.body}"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="${AFTER}" w:line="${LINE}" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>' +
    '</w:styles>'
  );
}

const SETTINGS =
  `${XML}<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>` +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
  '<w:themeFontLang w:val="vi-VN"/></w:settings>';

const header = (body: string) => `${XML}<w:hdr xmlns:w="${W}" xmlns:r="${R}">${body}</w:hdr>`;

/** page numbers from page 2 on, centred at the top (Decree 30); page 1 gets the empty "first" header */
const PAGE_NUMBER = bodyXml(
  [
    paragraph({
      align: 'center',
      indent: { firstLine: 0 },
      spacing: { before: 0, after: 0, line: 240 },
      children: [{ field: 'PAGE', size: SIZE.body }],
    }),
  ],
  new Relationships(0),
);

export interface Properties {
  title: string;
  subject: string;
  creator: string;
  description: string;
}

function core(p: Properties, when: Date): string {
  const t = when.toISOString().replace(/\.\d+Z$/, 'Z');
  return (
    `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${esc(p.title)}</dc:title><dc:subject>${esc(p.subject)}</dc:subject><dc:creator>${esc(p.creator)}</dc:creator>` +
    `<dc:description>${esc(p.description)}</dc:description><cp:lastModifiedBy>${esc(p.creator)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${t}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${t}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

const APP =
  `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
  '<Application>bienban</Application></Properties>';

/** compressed once per process: they depend on nothing but the font */
let fixed: { font: string; entries: Record<string, ZipEntry> } | undefined;

function fixedEntries(font: string): Record<string, ZipEntry> {
  if (fixed?.font !== font) {
    fixed = {
      font,
      entries: {
        types: zipEntry('[Content_Types].xml', CONTENT_TYPES),
        rels: zipEntry('_rels/.rels', PACKAGE_RELS),
        app: zipEntry('docProps/app.xml', APP),
        styles: zipEntry('word/styles.xml', styles(font)),
        settings: zipEntry('word/settings.xml', SETTINGS),
        header1: zipEntry('word/header1.xml', header(PAGE_NUMBER)),
        header2: zipEntry('word/header2.xml', header('<w:p/>')),
      },
    };
  }
  return fixed.entries;
}

export interface PackageInput {
  font: string;
  /** the body (paragraphs and tables) and the final sectPr */
  body: string;
  /** external hyperlink targets, in relationship order from FIRST_LINK_ID */
  links: readonly string[];
  properties: Properties;
  created?: Date;
}

export function packageDocx(input: PackageInput): Uint8Array {
  const when = input.created ?? new Date();
  const f = fixedEntries(input.font);
  const document = `${XML}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${input.body}</w:body></w:document>`;
  return zip(
    [
      f.types,
      f.rels,
      zipEntry('docProps/core.xml', core(input.properties, when)),
      f.app,
      zipEntry('word/document.xml', document),
      zipEntry('word/_rels/document.xml.rels', documentRels(input.links)),
      f.styles,
      f.settings,
      f.header1,
      f.header2,
    ],
    when,
  );
}
