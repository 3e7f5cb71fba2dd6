namespace SampleGenerator.Output;

/// <summary>The README.md written into the output folder.</summary>
public static class Readme
{
    public const string Text = """
        # corpus-samples

        Sample publications about French local authorities (*collectivités locales*) that the search
        service indexes at start-up. They imitate what a portal federating DGCL, INSEE, OFGL, DGFiP,
        the Cour des comptes and the regional audit chambers (CRC), ADEME, DREES, ANCT and the
        Observatoire des territoires would hold: statistical bulletins, studies, audit reports,
        methodology notes, guides, dataset pages.

        **Every document here is fictitious and was written by this project.** Figures are plausible,
        not official; no sentence is copied from a real publication. Names of institutions and
        territories are real, but the publications attributed to them are not. All URLs use the
        reserved `.example` top-level domain.

        Regenerate (deterministic: same bytes on every run):

        ```sh
        dotnet run --project tools/SampleGenerator -- corpus-samples
        ```

        The text of every document lives in `tools/SampleGenerator/Content/` (one class per document).

        ## Layout

        | Path | Content |
        |---|---|
        | `pdf/*.pdf` | PDFs built with PdfPig's `PdfDocumentBuilder` (embedded DejaVu subsets): 2–6 pages, title block on page 1, running header on pages 2+, footer "… — page i/n", some two-column pages, tables drawn as positioned text. In half of them long words are hyphenated at line ends ("collecti-" / "vités", at a syllable; compounds only at their own hyphen, "Bar-" / "sur-Aube"), never at the foot of a page or column; in five, "fi", "fl", "ff", "ffi", "ffl" are drawn as the ligature glyphs U+FB00–U+FB04 of the font, so their text layer holds those code points. Some have an empty or junk Info title (e.g. `doc_v3_final.doc`). |
        | `html/*.html` | Publication pages: cookie banner, menu, breadcrumb, `<main>` or `<article>`, a table, a PDF link, footer. Metadata varies: Dublin Core, `citation_*`, Open Graph, JSON-LD `datePublished`, `<time datetime>`. Mostly UTF-8 (one with a BOM); some are really ISO-8859-1. |
        | `*.meta.json` | Sidecar next to about 80 % of the files (`<file>.meta.json`). |
        | `ground-truth/<name>.txt` | For each PDF, the exact text placed on its pages in reading order (two-column pages: left column, then right column), one placed line per line, pages separated by a form feed (`\f`), without running headers, footers or page numbers. A word split at a line end is written whole (compounds with their hyphen) on the line where it starts, and the next line leaves its end out; ligatures are written as plain letters. Table rows are their cells joined by one space. Used to measure the character error rate of PDF extraction. |

        Files without a sidecar carry their metadata only in their content (title on page 1 or in
        `<h1>`, a publisher cue, a French date cue such as "Paru le 29/11/2022" or "novembre 2022").

        ## Sidecar format

        ```json
        {
          "url": "https://dgcl.example/statistiques/bis/bis-170-apprentis-2022.pdf",
          "title": "Les apprentis dans les collectivités locales en 2022",
          "publisher": "DGCL",
          "date": "2023-11-29",
          "type": "Bulletin d'information statistique",
          "themes": ["Emploi & Fonction publique territoriale"]
        }
        ```

        `type` is one of: Bulletin d'information statistique, Publication statistique, Étude,
        Rapport d'observations définitives, Rapport, Note méthodologique, Jeu de données, Guide,
        Page d'information. `themes` are taken from: Aide & Dotations, Culture & Éducation,
        Développement durable, Emploi & Fonction publique territoriale, Finances & Fiscalité,
        Géographie & Intercommunalités, Parité, Santé & Social, Sécurité.

        ## Licence

        Our own content, under the same licence as the repository.

        """;
}
