import { expect, test } from "@playwright/test";
import { PlatformApi } from "../fixtures/platformApi";

const widget = (
  id: string,
  type: string,
  parentId: string | null,
  layout: { x: number; y: number; w: number; h: number },
  props: Record<string, unknown>,
) => ({ id, name: id, type, parentId, layout, props });

test("widgets: labelled controls, live bindings, form validity and a busy button", async ({
  page,
  request,
}) => {
  const api = new PlatformApi(request);
  await api.signInAsAdmin();
  const workspaceId = await api.firstWorkspaceId();
  const slug = await api.deployPublicApp(workspaceId, `Widgets ${Date.now()}`, {
    widgets: [
      widget("Form1", "Form", null, { x: 0, y: 0, w: 32, h: 40 }, { title: "Contact" }),
      widget(
        "EmailInput",
        "Input",
        "Form1",
        { x: 0, y: 0, w: 64, h: 7 },
        {
          label: "Work email",
          inputType: "email",
          required: true,
        },
      ),
      widget(
        "SendButton",
        "Button",
        "Form1",
        { x: 0, y: 9, w: 64, h: 4 },
        {
          label: "Send",
          disabledWhenInvalid: true,
          onClick:
            "{{new Promise((done) => setTimeout(done, 800)).then(() => showAlert('Sent to ' + EmailInput.text, 'success'))}}",
        },
      ),
      widget("Newsletter", "Checkbox", "Form1", { x: 0, y: 15, w: 64, h: 4 }, { label: "Newsletter" }),
      widget(
        "Colour",
        "Select",
        "Form1",
        { x: 0, y: 20, w: 64, h: 7 },
        {
          label: "Colour",
          options: [
            { label: "Blue", value: "BLUE" },
            { label: "Green", value: "GREEN" },
          ],
          defaultValue: "BLUE",
        },
      ),
      widget(
        "Summary",
        "Text",
        null,
        { x: 34, y: 0, w: 30, h: 4 },
        {
          text: "{{EmailInput.text || 'nobody'}} / {{Newsletter.isChecked ? 'subscribed' : 'not subscribed'}} / {{Colour.selectedOptionValue}}",
        },
      ),
      widget("NoLabel", "Input", null, { x: 34, y: 6, w: 30, h: 7 }, { label: "" }),
    ],
  });

  await page.goto(`/app/${slug}`);
  const summary = page.locator('[data-widget="Summary"]');
  await expect(summary).toHaveText("nobody / not subscribed / BLUE");

  // Every control has an accessible name: its label, or the widget's name.
  const send = page.getByRole("button", { name: "Send" });
  await expect(page.getByRole("form", { name: "Contact" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "NoLabel" })).toBeVisible();

  // The form holds an empty required field: the button waits for it.
  await expect(send).toBeDisabled();
  await page.getByLabel("Work email").fill("not-an-email");
  await expect(send).toBeDisabled();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await page.getByLabel("Work email").fill("ada@example.com");
  await expect(send).toBeEnabled();

  await page.getByRole("checkbox", { name: "Newsletter" }).check();
  await page.getByRole("combobox", { name: "Colour" }).selectOption("GREEN");
  await expect(summary).toHaveText("ada@example.com / subscribed / GREEN");

  // While its handler runs the button is busy and disabled, then usable again.
  await send.click();
  await expect(send).toBeDisabled();
  await expect(send).toHaveAttribute("aria-busy", "true");
  await expect(page.getByRole("status").filter({ hasText: "Sent to ada@example.com" })).toBeVisible();
  await expect(send).toBeEnabled();
});

test("a Select keeps options given as JSON text, static or bound, once the engine answers", async ({
  page,
  request,
}) => {
  const api = new PlatformApi(request);
  await api.signInAsAdmin();
  const workspaceId = await api.firstWorkspaceId();
  const slug = await api.deployPublicApp(workspaceId, `Select options ${Date.now()}`, {
    widgets: [
      widget(
        "StaticSelect",
        "Select",
        null,
        { x: 0, y: 0, w: 20, h: 7 },
        { label: "Static", options: '[{"label":"A","value":"a"}]', defaultValue: "a" },
      ),
      widget(
        "BoundSelect",
        "Select",
        null,
        { x: 0, y: 8, w: 20, h: 7 },
        { label: "Bound", options: `{{'[{"label":"B","value":"b"}]'}}`, defaultValue: "b" },
      ),
      // Bindings read the options as an array: the engine has answered once this shows.
      widget(
        "Counts",
        "Text",
        null,
        { x: 22, y: 0, w: 30, h: 4 },
        { text: "{{StaticSelect.options.length}} {{BoundSelect.options[0].label}}" },
      ),
    ],
  });

  await page.goto(`/app/${slug}`);
  await expect(page.locator('[data-widget="Counts"]')).toHaveText("1 B");
  await expect(page.getByRole("combobox", { name: "Static" }).getByRole("option")).toHaveText(["A"]);
  await expect(page.getByRole("combobox", { name: "Static" })).toHaveValue("a");
  await expect(page.getByRole("combobox", { name: "Bound" }).getByRole("option")).toHaveText(["B"]);
  await expect(page.getByRole("combobox", { name: "Bound" })).toHaveValue("b");
  await expect(page.locator(".tv-widget-error")).toHaveCount(0);
});

test("switch, radio group, multi-select, date picker, divider and iframe work from the keyboard", async ({
  page,
  request,
}) => {
  const api = new PlatformApi(request);
  await api.signInAsAdmin();
  const workspaceId = await api.firstWorkspaceId();
  const slug = await api.deployPublicApp(workspaceId, `Inputs ${Date.now()}`, {
    widgets: [
      widget("Alerts", "Switch", null, { x: 0, y: 0, w: 20, h: 4 }, { label: "Alerts" }),
      widget(
        "Size",
        "RadioGroup",
        null,
        { x: 0, y: 5, w: 20, h: 10 },
        {
          label: "Size",
          options: '[{"label":"Small","value":"S"},{"label":"Large","value":"L"}]',
          defaultOptionValue: "S",
        },
      ),
      widget(
        "Toppings",
        "MultiSelect",
        null,
        { x: 0, y: 16, w: 20, h: 12 },
        { label: "Toppings", options: ["Cheese", "Olives"], defaultOptionValues: '["Olives"]' },
      ),
      widget(
        "Day",
        "DatePicker",
        null,
        { x: 0, y: 29, w: 20, h: 7 },
        { label: "Delivery day", defaultDate: "2026-03-10", dateFormat: "DD/MM/YYYY", minDate: "2026-03-05" },
      ),
      widget("Line", "Divider", null, { x: 0, y: 37, w: 20, h: 2 }, {}),
      widget(
        "Report",
        "Iframe",
        null,
        { x: 22, y: 10, w: 30, h: 20 },
        { src: "javascript:alert(1)", title: "Report" },
      ),
      widget(
        "Summary",
        "Text",
        null,
        { x: 22, y: 0, w: 40, h: 4 },
        {
          text: "{{Alerts.isOn ? 'on' : 'off'}} {{Size.selectedOptionValue}} {{Toppings.selectedOptionValues.join('+')}} {{Day.formattedDate}}",
        },
      ),
    ],
  });

  await page.goto(`/app/${slug}`);
  const summary = page.locator('[data-widget="Summary"]');
  await expect(summary).toHaveText("off S Olives 10/03/2026");

  await page.getByRole("switch", { name: "Alerts" }).focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("switch", { name: "Alerts" })).toBeChecked();

  await page.getByRole("group", { name: "Size" }).getByRole("radio", { name: "Small" }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "Large" })).toBeChecked();

  await page.getByRole("group", { name: "Toppings" }).getByRole("checkbox", { name: "Cheese" }).focus();
  await page.keyboard.press("Space");
  await expect(summary).toHaveText("on L Cheese+Olives 10/03/2026");

  // The calendar opens on the chosen day; arrows move, Enter picks, focus returns to the button.
  const day = page.getByRole("button", { name: /Delivery day/ });
  await day.click();
  await expect(page.getByRole("dialog", { name: "Choose Delivery day" })).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(day).toBeFocused();
  await expect(summary).toHaveText("on L Cheese+Olives 11/03/2026");
  // Days before the earliest date cannot be picked; Escape closes the calendar.
  await day.click();
  await expect(page.getByRole("gridcell", { name: /4/ }).first().getByRole("button")).toBeDisabled();
  // The open calendar lies over the widgets below it: its month buttons, over the Divider,
  // take the pointer.
  await page
    .getByRole("dialog")
    .getByRole("button", { name: /next month/i })
    .click({ trial: true });
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);

  await expect(page.getByRole("separator")).toBeVisible();
  // A source that is not http(s) is never loaded.
  await expect(page.locator('[data-widget="Report"] iframe')).toHaveCount(0);
  await expect(page.locator('[data-widget="Report"]')).toHaveText("No page to show");
});
