ALTER TABLE "registrations" DROP COLUMN "needs";
--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "dietary" text;
--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "accessibility" text;
--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "waiting_list" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
ALTER TABLE "newsletter_signups" ADD COLUMN "confirmed" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
CREATE TABLE "page_feedback" (
	"id" serial PRIMARY KEY NOT NULL,
	"path" text NOT NULL,
	"locale" text NOT NULL,
	"useful" text NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
