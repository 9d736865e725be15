"""Month names as FRUS writes them, shared by the readers of heads, datelines and references."""

#: Month names and abbreviations as FRUS writes them -> month number.
MONTHS = {
    name: i + 1
    for i, names in enumerate(
        ("January Jan", "February Feb", "March Mar", "April Apr", "May",
         "June Jun", "July Jul", "August Aug", "September Sept Sep",
         "October Oct", "November Nov", "December Dec")
    )
    for name in names.split()
}
#: A regex alternation of the month names, longest first.
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
