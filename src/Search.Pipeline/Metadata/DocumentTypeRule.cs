using System.Text.RegularExpressions;
using Search.Core.Documents;

namespace Search.Pipeline.Metadata;

/// <summary>The document type (one of <see cref="DocumentTypes"/>) from cues in the title, the start of the text and the path.</summary>
public static partial class DocumentTypeRule
{
    [GeneratedRegex(@"bulletin\s+d['’]information\s+statistique|\bBIS\s+n\s*[°o]", RegexOptions.IgnoreCase)]
    private static partial Regex BulletinCue();

    [GeneratedRegex(@"rapport\s+(?:comportant\s+les\s+)?d?'?observations\s+d[ée]finitives|\bobservations\s+d[ée]finitives\s+de\s+la\s+chambre|\b(?:Extrait\s+)?ROD\s*\d|\bR[ée]f[ée]r[ée]\b|\bLe\s+Premier\s+pr[ée]sident\b", RegexOptions.IgnoreCase)]
    private static partial Regex AuditCue();

    [GeneratedRegex(@"note\s+m[ée]thodologique|m[ée]thodologie|\bm[ée]thodo\b", RegexOptions.IgnoreCase)]
    private static partial Regex MethodologyCue();

    [GeneratedRegex(@"\bjeux?\s+de\s+donn[ée]es\b", RegexOptions.IgnoreCase)]
    private static partial Regex DatasetCue();

    [GeneratedRegex(@"\bguide\b", RegexOptions.IgnoreCase)]
    private static partial Regex GuideCue();

    [GeneratedRegex(@"\binsee\s+(analyses|premi[èe]re|focus|r[ée]f[ée]rences)\b|\b[ée]tudes?\b", RegexOptions.IgnoreCase)]
    private static partial Regex StudyCue();

    [GeneratedRegex(@"^\s*rapport\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportTitleCue();

    /// <summary>Document type from cues in the title, the start of the text and the file path.</summary>
    public static string? Infer(string? title, string? heading, string headText, string relativePath, string format)
    {
        var titles = $"{title}\n{heading}";
        var start = headText[..Math.Min(headText.Length, 1500)];
        var titlesAndStart = titles + "\n" + start;
        var pathWords = PathSeparators().Replace(relativePath, " ");

        if (BulletinCue().IsMatch(titlesAndStart)) return DocumentTypes.StatisticalBulletin;
        if (AuditCue().IsMatch(titlesAndStart)) return DocumentTypes.AuditReport;
        if (MethodologyCue().IsMatch(titlesAndStart) || MethodologyCue().IsMatch(pathWords)) return DocumentTypes.MethodologyNote;
        if (DatasetCue().IsMatch(titlesAndStart)) return DocumentTypes.Dataset;
        if (GuideCue().IsMatch(titles)) return DocumentTypes.Guide;
        if (StudyCue().IsMatch(titles) || InseeStudySeries().IsMatch(start[..Math.Min(start.Length, 500)]))
            return DocumentTypes.Study;
        if (LocalActRule.ActCue().IsMatch(titlesAndStart) || LocalActRule.NamedAct().IsMatch(start)) return DocumentTypes.AdministrativeAct;
        if (ReportTitleCue().IsMatch(title ?? "") || ReportTitleCue().IsMatch(heading ?? "")) return DocumentTypes.Report;
        return format == "html" ? DocumentTypes.StatisticalPublication : null;
    }

    [GeneratedRegex(@"\binsee\s+(analyses|premi[èe]re)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InseeStudySeries();

    [GeneratedRegex(@"[_\-/\\.]+")]
    private static partial Regex PathSeparators();
}
