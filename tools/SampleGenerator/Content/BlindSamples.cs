using SampleGenerator.Model;

namespace SampleGenerator.Content;

/// <summary>
/// Shorthands for the blind territory splits' documents (issue 13; TerritoryBlind2 to 16): the fields every document declares;
/// each document varies the rest (metadata kind, date cue, breadcrumb, masthead) with <c>with</c>.
/// </summary>
internal static class BlindSamples
{
    public static HtmlSample HtmlDoc(string file, string title, string publisher, string date, string type, string theme, string url, string body) => new()
    {
        FileName = file,
        Title = title,
        Publisher = publisher,
        Date = date,
        Type = type,
        Themes = [theme],
        Url = url,
        Body = body,
        Meta = HtmlMeta.DublinCore,
        TimeElement = true,
    };

    public static PdfSample PdfDoc(string file, string title, string publisher, string date, string type, string theme, string url, string header, string check, string body) => new()
    {
        FileName = file,
        Title = title,
        Publisher = publisher,
        Date = date,
        Type = type,
        Themes = [theme],
        Url = url,
        RunningHeader = header,
        CheckPhrase = check,
        Masthead = [publisher],
        Body = body,
    };
}
