using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicSite.Engine.Content;
using ClinicSite.Engine.Model;

namespace ClinicSite.Engine.Templates;

/// <summary>
/// schema.org JSON-LD for a page. System.Text.Json's default encoder escapes &lt; &gt; &amp; and quotes, so no
/// field can close the script element it is embedded in.
/// </summary>
internal static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string For(Page page, Site site, IReadOnlyList<(string Title, string Url)> breadcrumbs)
    {
        var baseUrl = site.Data.BaseUrl.TrimEnd('/');
        var clinic = new JsonObject
        {
            ["@type"] = "MedicalClinic",
            ["name"] = site.Data.Clinic.Name,
            ["description"] = site.Data.Clinic.Description,
            ["url"] = baseUrl + "/",
        };
        var webPage = new JsonObject
        {
            ["@type"] = page.Kind == PageKind.Faq ? new JsonArray("MedicalWebPage", "FAQPage") : "MedicalWebPage",
            ["name"] = page.Title,
            ["description"] = page.Meta.Summary,
            ["url"] = baseUrl + page.Url,
            ["inLanguage"] = site.Data.Language,
            ["lastReviewed"] = page.Meta.Reviewed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["reviewedBy"] = new JsonObject { ["@type"] = "Organization", ["name"] = page.Reviewer?.Name ?? page.Meta.ReviewedBy },
            ["publisher"] = clinic.DeepClone(),
        };

        if (page.Meta is ProcedureMeta procedure)
        {
            webPage["about"] = new JsonObject
            {
                ["@type"] = "MedicalProcedure",
                ["name"] = page.Title,
                ["description"] = page.Meta.Summary,
                ["procedureType"] = procedure.Purpose switch
                {
                    Purpose.Diagnostic => "https://schema.org/DiagnosticProcedure",
                    _ => "https://schema.org/TherapeuticProcedure",
                },
                ["bodyLocation"] = procedure.BodyLocation,
                ["howPerformed"] = $"{string.Join(" or ", procedure.Guidance.Select(g => Names.KebabCase(g.ToString())))}-guided injection. {procedure.Anesthesia}.",
                ["preparation"] = string.Join("; ", page.Checklists.Select(c => c.Title)),
                ["followup"] = $"{procedure.GoingHome}. {procedure.ReliefStarts}.",
            };
        }

        if (page.Kind == PageKind.Faq)
        {
            webPage["mainEntity"] = new JsonArray(page.Markdown.Faq.Select(q => (JsonNode)new JsonObject
            {
                ["@type"] = "Question",
                ["name"] = q.Question,
                ["acceptedAnswer"] = new JsonObject { ["@type"] = "Answer", ["text"] = q.Answer },
            }).ToArray());
        }

        var graph = new JsonArray(webPage);
        if (breadcrumbs.Count > 1)
        {
            graph.Add(new JsonObject
            {
                ["@type"] = "BreadcrumbList",
                ["itemListElement"] = new JsonArray(breadcrumbs.Select((b, i) => (JsonNode)new JsonObject
                {
                    ["@type"] = "ListItem",
                    ["position"] = i + 1,
                    ["name"] = b.Title,
                    ["item"] = baseUrl + b.Url,
                }).ToArray()),
            });
        }

        if (page.Kind == PageKind.Home)
        {
            clinic["email"] = site.Data.Clinic.Email;
            clinic["telephone"] = site.Data.Clinic.Phone;
            graph.Add(clinic);
        }

        var root = new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = graph };
        return root.ToJsonString(Options);
    }
}
