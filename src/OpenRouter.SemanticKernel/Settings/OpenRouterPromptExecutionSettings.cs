using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter;
using OpenRouter.SemanticKernel;

namespace Microsoft.SemanticKernel;

/// <summary>
/// Execution settings for OpenRouter chat completion and text generation, under OpenRouter's wire names.
/// </summary>
/// <remarks>
/// JSON names are OpenRouter's wire names, and the OpenAI-compatible names Semantic Kernel users already write
/// (<c>max_tokens</c>, <c>stop_sequences</c>, <c>reasoning_effort</c>), so that the same keys work in prompt templates
/// (<c>execution_settings</c>), in plain <see cref="PromptExecutionSettings.ExtensionData"/> and in this typed class.
/// </remarks>
[JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
public sealed class OpenRouterPromptExecutionSettings : PromptExecutionSettings
{
    private double? _temperature;
    private double? _topP;
    private int? _topK;
    private int? _maxTokens;
    private double? _frequencyPenalty;
    private double? _presencePenalty;
    private double? _repetitionPenalty;
    private double? _minP;
    private double? _topA;
    private long? _seed;
    private IDictionary<string, double>? _logitBias;
    private bool? _logprobs;
    private int? _topLogprobs;
    private IList<string>? _stopSequences;
    private object? _responseFormat;
    private string? _reasoningEffort;
    private ReasoningConfig? _reasoning;
    private ProviderPreferences? _provider;
    private IList<string>? _models;
    private IList<string>? _transforms;
    private IList<ChatPlugin>? _plugins;
    private IList<ChatCompletionTool>? _serverTools;
    private string? _user;
    private string? _sessionId;
    private string? _verbosity;
    private IDictionary<string, string>? _metadata;
    private string? _preset;
    private string? _chatSystemPrompt;

    /// <summary>Sampling temperature, 0 to 2 (<c>temperature</c>).</summary>
    [JsonPropertyName("temperature")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Temperature
    {
        get => _temperature;
        set
        {
            ThrowIfFrozen();
            _temperature = value;
        }
    }

    /// <summary>Nucleus sampling: the cumulative probability of the tokens considered (<c>top_p</c>).</summary>
    [JsonPropertyName("top_p")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? TopP
    {
        get => _topP;
        set
        {
            ThrowIfFrozen();
            _topP = value;
        }
    }

    /// <summary>Top-k sampling: how many of the most likely tokens are considered (<c>top_k</c>).</summary>
    [JsonPropertyName("top_k")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? TopK
    {
        get => _topK;
        set
        {
            ThrowIfFrozen();
            _topK = value;
        }
    }

    /// <summary>The maximum number of tokens to generate (<c>max_tokens</c>).</summary>
    [JsonPropertyName("max_tokens")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? MaxTokens
    {
        get => _maxTokens;
        set
        {
            ThrowIfFrozen();
            _maxTokens = value;
        }
    }

    /// <summary>Penalises tokens by how often they already appeared, -2 to 2 (<c>frequency_penalty</c>).</summary>
    [JsonPropertyName("frequency_penalty")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? FrequencyPenalty
    {
        get => _frequencyPenalty;
        set
        {
            ThrowIfFrozen();
            _frequencyPenalty = value;
        }
    }

    /// <summary>Penalises tokens that already appeared, -2 to 2 (<c>presence_penalty</c>).</summary>
    [JsonPropertyName("presence_penalty")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? PresencePenalty
    {
        get => _presencePenalty;
        set
        {
            ThrowIfFrozen();
            _presencePenalty = value;
        }
    }

    /// <summary>Penalises repeated tokens, 0 to 2 (<c>repetition_penalty</c>).</summary>
    [JsonPropertyName("repetition_penalty")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? RepetitionPenalty
    {
        get => _repetitionPenalty;
        set
        {
            ThrowIfFrozen();
            _repetitionPenalty = value;
        }
    }

    /// <summary>Min-p sampling: the minimum probability of a token relative to the most likely one (<c>min_p</c>).</summary>
    [JsonPropertyName("min_p")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? MinP
    {
        get => _minP;
        set
        {
            ThrowIfFrozen();
            _minP = value;
        }
    }

    /// <summary>Top-a sampling (<c>top_a</c>).</summary>
    [JsonPropertyName("top_a")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? TopA
    {
        get => _topA;
        set
        {
            ThrowIfFrozen();
            _topA = value;
        }
    }

    /// <summary>A seed for deterministic sampling where the provider supports it (<c>seed</c>).</summary>
    [JsonPropertyName("seed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Seed
    {
        get => _seed;
        set
        {
            ThrowIfFrozen();
            _seed = value;
        }
    }

    /// <summary>Token id to bias, -100 to 100 (<c>logit_bias</c>).</summary>
    [JsonPropertyName("logit_bias")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IDictionary<string, double>? LogitBias
    {
        get => _logitBias;
        set
        {
            ThrowIfFrozen();
            _logitBias = value;
        }
    }

    /// <summary>Whether to return log probabilities of the output tokens (<c>logprobs</c>).</summary>
    [JsonPropertyName("logprobs")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Logprobs
    {
        get => _logprobs;
        set
        {
            ThrowIfFrozen();
            _logprobs = value;
        }
    }

    /// <summary>How many of the most likely tokens to return at each position, 0 to 20 (<c>top_logprobs</c>).</summary>
    [JsonPropertyName("top_logprobs")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? TopLogprobs
    {
        get => _topLogprobs;
        set
        {
            ThrowIfFrozen();
            _topLogprobs = value;
        }
    }

    /// <summary>Sequences that end generation (sent as <c>stop</c>; named <c>stop_sequences</c> like the other Semantic Kernel connectors).</summary>
    [JsonPropertyName("stop_sequences")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IList<string>? StopSequences
    {
        get => _stopSequences;
        set
        {
            ThrowIfFrozen();
            _stopSequences = value;
        }
    }

    /// <summary>The output format (<c>response_format</c>): <c>"text"</c>, <c>"json_object"</c>, or a <see cref="JsonElement"/> holding a JSON schema.</summary>
    [JsonPropertyName("response_format")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public object? ResponseFormat
    {
        get => _responseFormat;
        set
        {
            ThrowIfFrozen();
            _responseFormat = value;
        }
    }

    /// <summary>The reasoning effort (<c>reasoning_effort</c>): <c>minimal</c>, <c>low</c>, <c>medium</c>, <c>high</c>, <c>xhigh</c> or <c>none</c>. For more control use <see cref="Reasoning"/>.</summary>
    [JsonPropertyName("reasoning_effort")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ReasoningEffort
    {
        get => _reasoningEffort;
        set
        {
            ThrowIfFrozen();
            _reasoningEffort = value;
        }
    }

    /// <summary>The reasoning settings (<c>reasoning</c>): effort or token budget, exclusion, summary.</summary>
    [JsonPropertyName("reasoning")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReasoningConfig? Reasoning
    {
        get => _reasoning;
        set
        {
            ThrowIfFrozen();
            _reasoning = value;
        }
    }

    /// <summary>Provider routing preferences (<c>provider</c>): order, fallbacks, sort, price ceilings, data policy.</summary>
    [JsonPropertyName("provider")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ProviderPreferences? Provider
    {
        get => _provider;
        set
        {
            ThrowIfFrozen();
            _provider = value;
        }
    }

    /// <summary>Fallback models, tried in order when the first one fails (<c>models</c>).</summary>
    [JsonPropertyName("models")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IList<string>? Models
    {
        get => _models;
        set
        {
            ThrowIfFrozen();
            _models = value;
        }
    }

    /// <summary>Prompt transforms, e.g. <c>middle-out</c> (<c>transforms</c>).</summary>
    [JsonPropertyName("transforms")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IList<string>? Transforms
    {
        get => _transforms;
        set
        {
            ThrowIfFrozen();
            _transforms = value;
        }
    }

    /// <summary>OpenRouter plugins, e.g. web search or file parsing (<c>plugins</c>).</summary>
    [JsonPropertyName("plugins")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IList<ChatPlugin>? Plugins
    {
        get => _plugins;
        set
        {
            ThrowIfFrozen();
            _plugins = value;
        }
    }

    /// <summary>
    /// OpenRouter server tools, run by OpenRouter itself (<c>tools</c>), e.g.
    /// <see cref="ChatCompletionTool.CreateWebSearch"/>. Ignored by text generation.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The kernel's functions offered by <see cref="PromptExecutionSettings.FunctionChoiceBehavior"/> are sent after
    /// them. Text generation uses the legacy completions route, which takes no tools.
    /// </para>
    /// <para>
    /// A web-searched answer carries its sources in
    /// <see cref="OpenRouter.SemanticKernel.OpenRouterMetadataKeys.Citations"/> and the number of searches in
    /// <see cref="OpenRouter.SemanticKernel.OpenRouterMetadataKeys.Usage"/>. In a prompt template, write the wire form:
    /// <c>tools: [{type: "openrouter:web_search", parameters: {max_results: 3}}]</c>.
    /// </para>
    /// </remarks>
    [JsonPropertyName("tools")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IList<ChatCompletionTool>? ServerTools
    {
        get => _serverTools;
        set
        {
            ThrowIfFrozen();
            _serverTools = value;
        }
    }

    /// <summary>A stable id of the end user, for abuse detection (<c>user</c>).</summary>
    [JsonPropertyName("user")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? User
    {
        get => _user;
        set
        {
            ThrowIfFrozen();
            _user = value;
        }
    }

    /// <summary>A key that groups requests for sticky routing and observability (<c>session_id</c>).</summary>
    [JsonPropertyName("session_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SessionId
    {
        get => _sessionId;
        set
        {
            ThrowIfFrozen();
            _sessionId = value;
        }
    }

    /// <summary>How long and detailed the answer should be (<c>verbosity</c>): <c>low</c>, <c>medium</c> or <c>high</c>.</summary>
    [JsonPropertyName("verbosity")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Verbosity
    {
        get => _verbosity;
        set
        {
            ThrowIfFrozen();
            _verbosity = value;
        }
    }

    /// <summary>Key-value pairs stored with the generation (<c>metadata</c>).</summary>
    [JsonPropertyName("metadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IDictionary<string, string>? Metadata
    {
        get => _metadata;
        set
        {
            ThrowIfFrozen();
            _metadata = value;
        }
    }

    /// <summary>A saved OpenRouter preset slug (<c>preset</c>).</summary>
    [JsonPropertyName("preset")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Preset
    {
        get => _preset;
        set
        {
            ThrowIfFrozen();
            _preset = value;
        }
    }

    /// <summary>A system prompt added before the chat history (<c>chat_system_prompt</c>); ignored by text generation.</summary>
    [JsonPropertyName("chat_system_prompt")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ChatSystemPrompt
    {
        get => _chatSystemPrompt;
        set
        {
            ThrowIfFrozen();
            _chatSystemPrompt = value;
        }
    }

    /// <summary>
    /// Returns <paramref name="executionSettings"/> as <see cref="OpenRouterPromptExecutionSettings"/>: a new instance
    /// for null, the same instance when it already is one, otherwise a copy.
    /// </summary>
    /// <remarks>
    /// The copy is made through JSON, so that extension data and the typed properties of other connectors' settings
    /// with the same names (<c>temperature</c>, <c>max_tokens</c>, <c>provider</c>, ...) are carried over.
    /// <see cref="PromptExecutionSettings.FunctionChoiceBehavior"/>, <see cref="PromptExecutionSettings.ModelId"/> and
    /// <see cref="PromptExecutionSettings.ServiceId"/> are kept.
    /// </remarks>
    /// <param name="executionSettings">The settings to convert, or null.</param>
    /// <returns>The OpenRouter settings.</returns>
    /// <exception cref="ArgumentException">A value cannot be read as the matching OpenRouter setting.</exception>
    public static OpenRouterPromptExecutionSettings FromExecutionSettings(PromptExecutionSettings? executionSettings) =>
        SettingsJson.From<OpenRouterPromptExecutionSettings>(executionSettings);

    /// <inheritdoc />
    public override PromptExecutionSettings Clone() => new OpenRouterPromptExecutionSettings
    {
        ModelId = ModelId,
        ServiceId = ServiceId,
        FunctionChoiceBehavior = FunctionChoiceBehavior,
        ExtensionData = ExtensionData is null ? null : new Dictionary<string, object>(ExtensionData),
        Temperature = Temperature,
        TopP = TopP,
        TopK = TopK,
        MaxTokens = MaxTokens,
        FrequencyPenalty = FrequencyPenalty,
        PresencePenalty = PresencePenalty,
        RepetitionPenalty = RepetitionPenalty,
        MinP = MinP,
        TopA = TopA,
        Seed = Seed,
        LogitBias = LogitBias is null ? null : new Dictionary<string, double>(LogitBias),
        Logprobs = Logprobs,
        TopLogprobs = TopLogprobs,
        StopSequences = StopSequences is null ? null : new List<string>(StopSequences),
        ResponseFormat = ResponseFormat,
        ReasoningEffort = ReasoningEffort,
        Reasoning = Reasoning,
        Provider = Provider,
        Models = Models is null ? null : new List<string>(Models),
        Transforms = Transforms is null ? null : new List<string>(Transforms),
        Plugins = Plugins is null ? null : new List<ChatPlugin>(Plugins),
        ServerTools = ServerTools is null ? null : new List<ChatCompletionTool>(ServerTools),
        User = User,
        SessionId = SessionId,
        Verbosity = Verbosity,
        Metadata = Metadata is null ? null : new Dictionary<string, string>(Metadata),
        Preset = Preset,
        ChatSystemPrompt = ChatSystemPrompt,
    };

    /// <inheritdoc />
    public override void Freeze()
    {
        if (IsFrozen)
        {
            return;
        }

        if (_logitBias is not null)
        {
            _logitBias = new ReadOnlyDictionary<string, double>(new Dictionary<string, double>(_logitBias));
        }

        if (_stopSequences is not null)
        {
            _stopSequences = new ReadOnlyCollection<string>(_stopSequences.ToList());
        }

        if (_models is not null)
        {
            _models = new ReadOnlyCollection<string>(_models.ToList());
        }

        if (_transforms is not null)
        {
            _transforms = new ReadOnlyCollection<string>(_transforms.ToList());
        }

        if (_plugins is not null)
        {
            _plugins = new ReadOnlyCollection<ChatPlugin>(_plugins.ToList());
        }

        if (_serverTools is not null)
        {
            _serverTools = new ReadOnlyCollection<ChatCompletionTool>(_serverTools.ToList());
        }

        if (_metadata is not null)
        {
            _metadata = new ReadOnlyDictionary<string, string>(new Dictionary<string, string>(_metadata));
        }

        base.Freeze();
    }
}
