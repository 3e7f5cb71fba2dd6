using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.WebEncoders;
using Search.Ui.Pages;

namespace Microsoft.Extensions.DependencyInjection;

public static class UiServiceCollectionExtensions
{
    /// <summary>
    /// Razor Pages with the search UI's pages registered explicitly. <c>AddRazorPages()</c> alone finds
    /// them only through the entry assembly's dependencies: that works when SearchHost is the
    /// program, not when a test runner is (the pages then answer 404). Safe to call more than once,
    /// and alongside <c>AddRazorPages()</c>. <paramref name="moreParts"/> are other assemblies with pages (the host's),
    /// registered the same way. French text is written as is ("é", not "&amp;#xE9;"):
    /// only the characters HTML needs escaped are escaped.
    /// </summary>
    public static IMvcBuilder AddSearchUi(this IServiceCollection services, params Assembly[] moreParts)
    {
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        Assembly[] assemblies = [typeof(IndexModel).Assembly, .. moreParts];
        return services.AddRazorPages().ConfigureApplicationPartManager(manager =>
        {
            foreach (var part in assemblies.SelectMany(a => ApplicationPartFactory.GetApplicationPartFactory(a).GetApplicationParts(a)))
            {
                if (!manager.ApplicationParts.Any(p => p.GetType() == part.GetType() && p.Name == part.Name)) manager.ApplicationParts.Add(part);
            }
        });
    }
}
