using Search.Pipeline.Extraction;

namespace Search.Host.Hosting;

/// <summary>
/// Creates the extractors of one start-up build, rebuild or scheduled crawl; the run disposes them (they own the PDF
/// worker processes). The host's own follows <c>Extraction:*</c> (<see cref="HostSettings.CreateExtractors"/>); one
/// registered before the host's services (<see cref="SearchHostApp.Build"/>'s configure) replaces it, with an extractor
/// for one more format, say.
/// </summary>
public delegate ExtractorRegistry ExtractorsFactory();
