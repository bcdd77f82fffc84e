/// <summary>The document set: the short sections of a (fictional) robot vacuum's manual, numbered from 1 as the answer cites them.</summary>
internal static class Manual
{
    public const string Product = "Aurora R2 robot vacuum";

    public static readonly string[] Passages =
    [
        "Charging: place the Aurora R2 on its dock. The ring light pulses amber while the battery charges and turns solid green when it is full, after about three hours.",
        "Battery life: a full battery cleans for about 120 minutes in Eco mode and 75 minutes in Turbo mode. When the battery runs low, the vacuum returns to the dock and resumes the run once recharged.",
        "Wi-Fi: to connect the vacuum to your Wi-Fi network, hold the Home and Spot buttons together for five seconds until the light blinks blue, then add the device in the Aurora app. Only 2.4 GHz networks are supported.",
        "Dust bin and filter: empty the dust bin after every run. Rinse the filter under cold water once a week and let it dry for 24 hours before putting it back; never use soap.",
        "Brush roll: replace the main brush roll every 6 to 12 months. Press the two yellow tabs to lift the brush guard, pull the roll out, and cut away hair wrapped around it.",
        "Error E3 means a drive wheel is stuck: lift the vacuum, turn both wheels by hand and remove any hair or thread. Error E5 means the bumper is jammed; tap it gently all around.",
        "Maps: after its first full run the vacuum shows a map of your home in the app. Draw no-go zones and virtual walls on the map and it avoids them on every later run.",
        "Schedules: in the app, open Routines, pick the days, a start time and the rooms to clean. The vacuum starts by itself, even when the app is closed.",
        "Factory reset: hold the power button for 15 seconds until you hear a chime. Maps, schedules and the Wi-Fi settings are erased; the firmware stays.",
        "Warranty: manufacturing defects are covered for two years from purchase, the battery for one year. Keep the receipt; wear parts such as brushes and filters are not covered.",
    ];
}
