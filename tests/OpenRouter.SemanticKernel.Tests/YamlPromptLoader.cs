using Microsoft.SemanticKernel;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace OpenRouter.SemanticKernel.Tests;

/// <summary>
/// Reads a YAML prompt template the way Semantic Kernel's YAML package does (that package is not served here):
/// underscored names, and execution settings whose unknown keys land in <see cref="PromptExecutionSettings.ExtensionData"/>
/// as YamlDotNet's untyped values. Those are the shapes our settings must accept: every scalar a string ("0.2", "false"),
/// every mapping a <c>Dictionary&lt;object, object&gt;</c>, every sequence a <c>List&lt;object&gt;</c>.
/// </summary>
internal static class YamlPromptLoader
{
    public static PromptTemplateConfig Load(string yaml) =>
        new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .WithTypeConverter(new SettingsConverter())
            .Build()
            .Deserialize<PromptTemplateConfig>(yaml);

    private sealed class SettingsConverter : IYamlTypeConverter
    {
        private static readonly IDeserializer Values = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();

        public bool Accepts(Type type) => type == typeof(PromptExecutionSettings);

        public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
        {
            parser.Consume<MappingStart>();
            var settings = new PromptExecutionSettings();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var name = parser.Consume<Scalar>().Value;
                if (name == "model_id")
                {
                    settings.ModelId = Values.Deserialize<string>(parser);
                    continue;
                }

                (settings.ExtensionData ??= new Dictionary<string, object>())[name] = Values.Deserialize<object>(parser)!;
            }

            return settings;
        }

        public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
            throw new NotSupportedException("Only reading is needed by the tests.");
    }
}
