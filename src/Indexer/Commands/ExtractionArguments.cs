using Search.Pipeline.Extraction;

namespace Search.Indexer.Commands;

/// <summary>The extraction options shared by <c>index</c> and <c>crawl</c>: <c>--ocr [--ocr-language L] [--ocr-timeout S]</c>.</summary>
public static class ExtractionArguments
{
    public static readonly string[] Names = ["ocr", "ocr-language", "ocr-timeout"];

    public static ExtractionOptions Options(Arguments args)
    {
        var ocr = args.Flag("ocr");
        if (!ocr && (args.One("ocr-language") is not null || args.One("ocr-timeout") is not null))
            throw new UsageException("--ocr-language and --ocr-timeout need --ocr.");
        var timeout = args.Int("ocr-timeout", 60);
        if (timeout < 1) throw new UsageException("--ocr-timeout must be at least 1 (seconds per page).");
        return new ExtractionOptions
        {
            Ocr = ocr,
            OcrLanguage = args.One("ocr-language") ?? ExtractionOptions.Default.OcrLanguage,
            OcrPageTimeout = TimeSpan.FromSeconds(timeout),
        };
    }

    /// <summary>The registry for these arguments; says on stderr whether OCR runs, and why not when it cannot.</summary>
    public static ExtractorRegistry CreateRegistry(Arguments args)
    {
        ExtractorRegistry registry;
        try
        {
            registry = new ExtractorRegistry(Options(args));
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
        if (registry.OcrProblem is { } problem)
            Console.Error.WriteLine($"warning: OCR is not available ({problem}); pages without text stay reported without OCR.");
        else if (registry.Ocr is { } ocr)
            Console.Error.WriteLine($"OCR on: pages without a usable text layer are read by {ocr.Engine.Description}.");
        return registry;
    }
}
