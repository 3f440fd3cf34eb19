"""Mock interviews: solo or interviewer-led, with scorecards that feed practice."""
