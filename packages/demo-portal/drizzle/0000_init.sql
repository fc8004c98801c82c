CREATE TABLE "cases" (
	"id" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"record" jsonb NOT NULL,
	"featured" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL REFERENCES "cases"("id"),
	"parent_id" text,
	"author_name" text NOT NULL,
	"author_email" text NOT NULL,
	"client_id" text NOT NULL,
	"author_role" text DEFAULT 'citizen' NOT NULL,
	"author_organisation" text,
	"body" text NOT NULL,
	"alignment" text,
	"language" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "comments_case_idx" ON "comments" ("case_id", "created_at");
--> statement-breakpoint
CREATE TABLE "votes" (
	"comment_id" text NOT NULL REFERENCES "comments"("id"),
	"client_id" text NOT NULL,
	"vote" text NOT NULL,
	PRIMARY KEY ("comment_id", "client_id")
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"comment_id" text NOT NULL REFERENCES "comments"("id"),
	"client_id" text NOT NULL,
	"reason" text NOT NULL,
	"details" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"id" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"record" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"record" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registrations" (
	"id" text PRIMARY KEY NOT NULL,
	"event_id" text NOT NULL REFERENCES "events"("id"),
	"name" text NOT NULL,
	"email" text NOT NULL,
	"organisation" text,
	"needs" text,
	"client_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tips" (
	"id" text PRIMARY KEY NOT NULL,
	"reference" text NOT NULL UNIQUE,
	"message" text NOT NULL,
	"name" text,
	"email" text,
	"anonymous" boolean DEFAULT false NOT NULL,
	"client_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tip_attachments" (
	"id" serial PRIMARY KEY NOT NULL,
	"tip_id" text NOT NULL REFERENCES "tips"("id"),
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "newsletter_signups" (
	"email" text PRIMARY KEY NOT NULL,
	"locale" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
