using Search.Core.Documents;
using Search.Core.Querying;

namespace Search.Core.Tests;

/// <summary>The text of snippets without a query: HTML escaping and white space, as the plain computations give them.</summary>
public class SnippetTextTests
{
    [Theory]
    [InlineData("Dotations 2024", "Dotations 2024")]
    [InlineData("", "")]
    [InlineData("a < b & c > d", "a &lt; b &amp; c &gt; d")]
    [InlineData("l'« effort » \"fiscal\"", "l&#39;« effort » &quot;fiscal&quot;")]
    [InlineData("<mark>&amp;</mark>", "&lt;mark&gt;&amp;amp;&lt;/mark&gt;")]
    public void Escape_replaces_the_five_HTML_significant_characters_and_nothing_else(string text, string expected)
    {
        Assert.Equal(expected, SnippetBuilder.Escape(text));
        Assert.Equal(Reference(text), SnippetBuilder.Escape(text));
    }

    [Theory]
    [InlineData("Les comptes  des\tcommunes\n2019")]
    [InlineData("  devant et derrière  ")]
    [InlineData("une\u2029page\u00a0puis l'autre")]
    [InlineData("déjà propre")]
    [InlineData("\t\n ")]
    [InlineData("x < y\r\nz")]
    public void A_plain_snippet_has_its_words_separated_by_single_spaces(string summary)
    {
        var snippet = SnippetBuilder.Plain(new SearchDocument { Id = "d", Url = "u", Title = "t", Summary = summary, Pages = ["texte"] });
        var words = string.Join(' ', summary.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(Reference(string.IsNullOrWhiteSpace(summary) ? "texte" : words), snippet.Html);
    }

    private static string Reference(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");
}
