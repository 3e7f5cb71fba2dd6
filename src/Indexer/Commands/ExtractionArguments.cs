using System.CommandLine;
using Search.Pipeline.Extraction;

namespace Search.Indexer.Commands;

/// <summary>The extraction options shared by <c>index</c> and <c>crawl</c>: <c>--ocr [true|false] [--ocr-language L] [--ocr-timeout S]</c>.</summary>
public sealed class ExtractionArguments
{
    private readonly Option<bool?> _ocr = new("--ocr")
    {
        Description = "Read pages without a usable text layer with tesseract (tesseract-ocr-fra and pdftoppm): on by default when they are installed; --ocr requires it, --ocr false turns it off.",
        Arity = ArgumentArity.ZeroOrOne,
    };
    private readonly Option<string> _language = new("--ocr-language") { Description = "Tesseract language(s), e.g. fra or fra+eng.", DefaultValueFactory = _ => ExtractionOptions.Default.OcrLanguage };
    private readonly Option<int> _timeout = new Option<int>("--ocr-timeout") { Description = "CPU seconds at most per page read by OCR.", HelpName = "seconds", DefaultValueFactory = _ => 60 }.AtLeast(1, " (seconds per page)");

    /// <summary>Adds the options to <paramref name="command"/>, with the rule that the OCR settings need --ocr.</summary>
    public ExtractionArguments AddTo(Command command)
    {
        command.Options.Add(_ocr);
        _language.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is not { Length: > 0 } language || !language.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '_'))
                result.AddError("--ocr-language must be tesseract language(s) such as fra or fra+eng.");
        });
        command.Options.Add(_language);
        command.Options.Add(_timeout);
        command.Validators.Add(result =>
        {
            if (result.GetValue(_ocr) == false && (result.GetResult(_language) is { Implicit: false } || result.GetResult(_timeout) is { Implicit: false }))
                result.AddError("--ocr-language and --ocr-timeout do not go with --ocr false.");
        });
        return this;
    }

    /// <summary>The registry for these arguments; says on stderr whether OCR runs, and why not when it cannot.</summary>
    public ExtractorRegistry CreateRegistry(ParseResult parsed)
    {
        var asked = parsed.GetResult(_ocr) is { Implicit: false } ? parsed.GetValue(_ocr) ?? true : (bool?)null;
        var registry = new ExtractorRegistry(new ExtractionOptions
        {
            Ocr = asked,
            OcrLanguage = parsed.GetValue(_language)!,
            OcrPageTimeout = TimeSpan.FromSeconds(parsed.GetValue(_timeout)),
        });
        if (registry.OcrProblem is { } problem)
            Console.Error.WriteLine($"warning: OCR is not available ({problem}); pages without text stay reported without OCR.");
        else if (registry.Ocr is { } ocr)
            Console.Error.WriteLine($"OCR on: pages without a usable text layer are read by {ocr.Engine.Description}.");
        else if (asked is null)
            Console.Error.WriteLine("OCR off: tesseract with its language data or pdftoppm is not installed (Debian: tesseract-ocr tesseract-ocr-fra poppler-utils).");
        return registry;
    }
}
