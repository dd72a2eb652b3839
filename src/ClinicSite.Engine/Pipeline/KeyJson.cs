using System.Text.Json.Serialization;
using ClinicSite.Engine.Content;
using ClinicSite.Engine.Templates.Views;

namespace ClinicSite.Engine.Pipeline;

/// <summary>
/// Serialisation code generated at compile time for the values <see cref="Keys"/> hashes as JSON: it writes a page's
/// view several times faster than reflection does, and costs nothing to set up on a build's first page.
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(PageView))]
[JsonSerializable(typeof(SiteView))]
[JsonSerializable(typeof(SiteData))]
internal sealed partial class KeyJson : JsonSerializerContext;
