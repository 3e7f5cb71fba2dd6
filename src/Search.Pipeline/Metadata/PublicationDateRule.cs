using Search.Pipeline.Extraction;

namespace Search.Pipeline.Metadata;

/// <summary>
/// The publication date: the file's declared date (not its creation date), a dated title, a publication cue in the
/// text ("Paru le 29/11/2022"), an uncued date when plausible, the creation date; or a year alone.
/// </summary>
public static class PublicationDateRule
{
    /// <summary>How many years before the file's own year (title, file name, creation date) an uncued date may be.</summary>
    private const int PlausibleYearsBefore = 3;

    public static (DateOnly? Date, int? Year) Infer(ExtractedContent content, string head, string title, string fileName)
    {
        DateOnly? date = null;
        if (content.DeclaredDate is { } d && !content.DeclaredDateIsFileCreationDate) date = d;
        // A date in the title ("Journal officiel ... du 11 décembre 2014") comes first, unless it is the date of a
        // text the title cites ("aides prévues à l'article 8 de la loi n° 88-227 du 11 mars 1988").
        date ??= FrenchDates.FindAll(title).FirstOrDefault(c => c.HasDay && !c.Citation)?.Date;
        var ownYear = FrenchDates.FindYear(title) ?? FrenchDates.FindYear(fileName) ?? AuditRule.ReferenceYear(head);
        if (date is null && FrenchDates.FindPublicationDateCue(head) is var (found, strong))
        {
            // A date without a publication cue (the first one of the text) may be a birth date in a table or
            // a law's date: kept only when it is not years before what the file says of itself.
            var anchor = ownYear ?? content.DeclaredDate?.Year;
            if (strong || anchor is null || found.Year >= anchor.Value - PlausibleYearsBefore) date = found;
        }
        if (date is null && content.DeclaredDate is { } weak) date = weak;
        return (date, date?.Year ?? ownYear);
    }
}
