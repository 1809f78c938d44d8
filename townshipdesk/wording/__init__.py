"""How things read to a user, in both languages: states, reminders, outcomes, periods, history lines. Shared
by the window and the command line, so both say the same thing; never imports Qt."""
