using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace OpenRouter.Testing.Tests;

/// <summary>
/// Schemas that M.E.AI makes for .NET records (<see cref="AIJsonUtilities.CreateJsonSchema"/>): the unscripted answer
/// validates against the schema and deserializes into the record, populated.
/// </summary>
public sealed class StructuredOutputRecordTests
{
    public enum OrderStatus
    {
        Pending,
        Shipped,
        Delivered,
    }

    public sealed record Address(string Street, string City, string? PostalCode);

    public sealed record LineItem(string Product, int Quantity, decimal Price, OrderStatus Status);

    public sealed record Order(
        Guid Id,
        DateTime PlacedAt,
        DateOnly DeliveryDate,
        OrderStatus Status,
        OrderStatus? PreviousStatus,
        Address ShipTo,
        Address? BillTo,
        List<LineItem> Items,
        string[] Tags,
        Dictionary<string, int> Stock,
        int? Priority,
        string? Note,
        Uri Tracking,
        bool Gift,
        double Discount,
        TimeSpan Window,
        char Grade);

    public sealed record Employee(string Name, int Age, string Email, Employee? Manager, IReadOnlyList<Employee> Reports);

    public sealed record Recipe(string Title, IList<string> Ingredients, int Servings, double Rating, OrderStatus? Stage);

    /// <summary>M.E.AI's own options (enums as strings), plain options with <see cref="JsonStringEnumConverter"/>, and plain options (enums as numbers).</summary>
    public static TheoryData<string> OptionKinds => new() { "ai-defaults", "string-enums", "plain" };

    private static JsonSerializerOptions Options(string kind) => kind switch
    {
        "ai-defaults" => AIJsonUtilities.DefaultOptions,
        "string-enums" => new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver(), Converters = { new JsonStringEnumConverter() } },
        _ => new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver() },
    };

    private static async Task<T> AnswerAsync<T>(string kind, string prompt, bool stream = false)
    {
        var options = Options(kind);
        var schema = AIJsonUtilities.CreateJsonSchema(typeof(T), serializerOptions: options).GetRawText();
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);

        var (content, _) = await StructuredOutput.ChatAsync(h, StructuredOutput.ChatBody(StructuredOutput.SchemaFormat(schema, typeof(T).Name), prompt, stream), stream);

        StructuredOutput.AssertValid(schema, content);
        var value = JsonSerializer.Deserialize<T>(content, options);
        Assert.NotNull(value);
        return value;
    }

    [Theory]
    [MemberData(nameof(OptionKinds))]
    public async Task An_order_with_nested_records_lists_enums_and_nullable_members_is_populated(string kind)
    {
        var order = await AnswerAsync<Order>(kind, "Make up an order for three books.");

        Assert.NotEqual(Guid.Empty, order.Id);
        Assert.True(order.PlacedAt.Year >= 2000);
        Assert.True(Enum.IsDefined(order.Status));
        Assert.False(string.IsNullOrWhiteSpace(order.ShipTo.Street));
        Assert.False(string.IsNullOrWhiteSpace(order.ShipTo.City));
        Assert.NotNull(order.BillTo);
        Assert.Equal(2, order.Items.Count);
        Assert.All(order.Items, item =>
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Product));
            Assert.True(item.Quantity > 0);
            Assert.True(item.Price > 0);
            Assert.True(Enum.IsDefined(item.Status));
        });
        Assert.NotEqual(order.Items[0], order.Items[1]);
        Assert.NotEmpty(order.Tags);
        Assert.NotEmpty(order.Stock);
        Assert.True(order.Tracking.IsAbsoluteUri);
        Assert.NotEqual('\0', order.Grade);
    }

    [Theory]
    [MemberData(nameof(OptionKinds))]
    public async Task A_recursive_record_ends(string kind)
    {
        var employee = await AnswerAsync<Employee>(kind, "Who works here?");

        Assert.False(string.IsNullOrWhiteSpace(employee.Name));
        Assert.Contains("@", employee.Email);
        Assert.True(employee.Age > 0);
        var depth = 0;
        for (var e = employee; e is not null; e = e.Manager)
        {
            depth++;
        }

        Assert.InRange(depth, 2, 8);
    }

    [Theory]
    [InlineData("ai-defaults", false)]
    [InlineData("string-enums", true)]
    [InlineData("plain", true)]
    public async Task Values_look_plausible_and_follow_the_prompt(string kind, bool stream)
    {
        var recipe = await AnswerAsync<Recipe>(kind, "Give me the recipe for \"Tarte Tatin\".", stream);

        Assert.Equal("Tarte Tatin", recipe.Title);
        Assert.Equal(["Ingredient 1", "Ingredient 2"], recipe.Ingredients);
        Assert.True(recipe.Servings > 0);
        Assert.InRange(recipe.Rating, 0, 5);
    }

    [Fact]
    public async Task A_type_that_is_not_an_object_is_answered_too()
    {
        var numbers = await AnswerAsync<List<int>>("ai-defaults", "Some numbers, please.");

        Assert.Equal(2, numbers.Count);
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }
}
