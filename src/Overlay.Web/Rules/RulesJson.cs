using System.Text.Json;
using System.Text.Json.Serialization;
using Overlay.Web.Rules.Actions;
using Overlay.Web.Rules.Model;

namespace Overlay.Web.Rules;

/// <summary>The rules' own JSON: the store, the export file, the webhook body and Streamer.bot requests.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, WriteIndented = false)]
[JsonSerializable(typeof(Rule))]
[JsonSerializable(typeof(RulesExportFile))]
[JsonSerializable(typeof(WebhookPayload))]
[JsonSerializable(typeof(StreamerBotRequest))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class RulesJson : JsonSerializerContext;
