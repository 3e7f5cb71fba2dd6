using System.Diagnostics;
using System.Globalization;
using AngleSharp.Html.Parser;
using Search.Pipeline.Extraction;

namespace Search.Bench;

/// <summary>
/// <c>Bench html-depth [--depths 250,500,1000,2000,4000]</c>: AngleSharp's parse time of a page of N nested
/// &lt;div&gt; (quadratic in N), and the time <see cref="HtmlGuard"/> takes to refuse issue 12's 48,000.
/// </summary>
public static class HtmlDepthBench
{
    public static int Run(string[] args)
    {
        var depths = (args.SkipWhile(a => a != "--depths").Skip(1).FirstOrDefault() ?? "250,500,1000,2000,4000")
            .Split(',').Select(d => int.Parse(d, CultureInfo.InvariantCulture));
        new HtmlParser().ParseDocument(Nested(100)); // JIT
        foreach (var depth in depths)
        {
            var html = Nested(depth);
            var clock = Stopwatch.StartNew();
            new HtmlParser().ParseDocument(html);
            Console.WriteLine($"AngleSharp, {depth,6:N0} nested div ({html.Length / 1024.0:0} KB): {clock.Elapsed.TotalMilliseconds,9:0.0} ms");
        }
        var hostile = Nested(48_000);
        HtmlGuard.Refusal(hostile);
        var runs = 20;
        var guard = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++) HtmlGuard.Refusal(hostile);
        Console.WriteLine($"HtmlGuard refuses 48,000 nested div ({hostile.Length / 1024.0:0} KB) in {guard.Elapsed.TotalMilliseconds / runs:0.00} ms: {HtmlGuard.Refusal(hostile)}");
        var flat = "<html><body>" + string.Concat(Enumerable.Repeat("<div><p>Un paragraphe de texte ordinaire, <a href=\"/x\">un lien</a>.</p></div>", 100_000)) + "</body></html>";
        guard.Restart();
        for (var i = 0; i < runs; i++) HtmlGuard.Refusal(flat);
        Console.WriteLine($"HtmlGuard accepts a flat page of {flat.Length / 1048576.0:0.0} MB in {guard.Elapsed.TotalMilliseconds / runs:0.0} ms");
        foreach (var count in new[] { 1_000, 4_000, 16_000, 64_000 })
        {
            var many = Attributes(count);
            var clock = Stopwatch.StartNew();
            new HtmlParser().ParseDocument(many);
            Console.WriteLine($"AngleSharp, one div with {count,6:N0} attributes ({many.Length / 1024.0:0} KB): {clock.Elapsed.TotalMilliseconds,9:0.0} ms");
        }
        var million = "<html><body><div" + string.Concat(Enumerable.Range(0, 1_000_000).Select(n => $" a{n}")) + ">fond</div></body></html>";
        guard.Restart();
        for (var i = 0; i < runs; i++) HtmlGuard.Refusal(million);
        Console.WriteLine($"HtmlGuard refuses one div with 1,000,000 attributes ({million.Length / 1048576.0:0.0} MB) in {guard.Elapsed.TotalMilliseconds / runs:0.0} ms: {HtmlGuard.Refusal(million)}");
        return 0;
    }

    private static string Attributes(int count) =>
        "<html><body><div" + string.Concat(Enumerable.Range(0, count).Select(n => $" data-a{n}=\"{n}\"")) + ">fond</div></body></html>";

    private static string Nested(int depth) =>
        "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "fond" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";
}
