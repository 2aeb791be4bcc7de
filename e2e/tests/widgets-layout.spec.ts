import { resolve } from "node:path";
import { AppViewer } from "../fixtures/AppViewer";
import { expect, test } from "../fixtures/test";

test("tabs: each tab holds its own widgets, on the canvas and in the viewer; onTabSelected sets a Text", async ({
  page,
  pageErrors,
  signIn,
  appEditor: editor,
}) => {
  await signIn.signInAsAdmin();
  await editor.openNewApp("Tabs");

  await editor.dragWidget("Tabs", 20, 20, "Tabs1");
  // The code field shows the default tabs once its editor has loaded: fill it after that.
  await expect(editor.propertyField("Tabs")).toContainText("Tab 1");
  await editor.setProperty(
    "Tabs",
    '[{"label":"Details","value":"details"},{"label":"Orders","value":"orders"}]',
  );
  await editor.setProperty("Default tab", "details");
  await editor.setProperty("onTabSelected", "{{storeValue('tab', Tabs1.selectedTabLabel)}}");
  const tabs = editor.widget("Tabs1");
  await expect(tabs.getByRole("tab", { name: "Details" })).toHaveAttribute("aria-selected", "true");

  // A Text in the first tab; then the second tab, edited on its own.
  await editor.dragWidgetInto("Text", "Tabs1", 20, 60, "Text1");
  await editor.setProperty("Text", "Name and address");
  await tabs.getByRole("tab", { name: "Orders" }).click();
  await expect(tabs.getByRole("tab", { name: "Orders" })).toHaveAttribute("aria-selected", "true");
  await expect(editor.widget("Text1")).toHaveCount(0);
  await editor.dragWidgetInto("Text", "Tabs1", 20, 60, "Text2");
  await editor.setProperty("Text", "Three orders");

  await editor.dragWidget("Text", 20, 460, "Text3");
  await editor.setProperty("Text", "Shown: {{appsmith.store.tab ?? 'none'}}");
  await editor.waitSaved();
  const link = await editor.deploy();

  const viewer = new AppViewer(page);
  await viewer.open(link);
  await expect(viewer.widget("Text3")).toHaveText("Shown: none");
  await expect(viewer.tab("Tabs1", "Details")).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tabpanel")).toContainText("Name and address");
  await expect(viewer.widget("Text2")).toHaveCount(0);

  await viewer.tab("Tabs1", "Orders").click();
  await expect(viewer.widget("Text3")).toHaveText("Shown: Orders");
  await expect(page.getByRole("tabpanel")).toHaveText("Three orders");

  // The arrow keys move between tabs, selecting as they go.
  await page.keyboard.press("ArrowLeft");
  await expect(viewer.tab("Tabs1", "Details")).toBeFocused();
  await expect(viewer.tab("Tabs1", "Details")).toHaveAttribute("aria-selected", "true");
  await expect(viewer.widget("Text3")).toHaveText("Shown: Details");
  await page.screenshot({
    path: resolve(import.meta.dirname, "../artifacts/widgets-tabs.png"),
    fullPage: true,
  });
  expect(pageErrors).toEqual([]);
});

test("list: a template of widgets repeated per item with currentItem, paged; a click picks an item", async ({
  page,
  pageErrors,
  signIn,
  appEditor: editor,
}) => {
  await signIn.signInAsAdmin();
  await editor.openNewApp("List");

  await editor.dragWidget("List", 20, 20, "List1");
  await editor.setProperty(
    "Items",
    '[{"name":"Ada","role":"Analyst"},{"name":"Grace","role":"Engineer"},{"name":"Edsger","role":"Architect"}]',
  );
  await editor.setProperty("Items per page", "2");
  await editor.setProperty(
    "onItemClick",
    "{{showAlert('Picked ' + currentItem.name + ' #' + currentIndex)}}",
  );

  // The template, edited once: the canvas shows it with the first item's data.
  await editor.dragWidgetInto("Text", "List1", 10, 10, "Text1");
  await editor.setProperty("Text", "{{currentItem.name}}, {{currentItem.role}} #{{currentIndex}}");
  await expect(editor.evaluated("Text")).toHaveText('"Ada, Analyst #0"');
  await expect(editor.widget("Text1")).toContainText("Ada, Analyst #0");
  await editor.dragWidgetInto("Button", "List1", 10, 50, "Button1");
  await expect(editor.propertyField("Label")).toContainText("Submit");
  await editor.setProperty("Label", "Email {{currentItem.name}}");
  await editor.setProperty("onClick", "{{showAlert('Emailing ' + currentItem.name)}}");

  await editor.dragWidget("Text", 20, 460, "Text2");
  await editor.setProperty("Text", "Selected: {{List1.selectedItem ? List1.selectedItem.name : 'none'}}");
  await editor.waitSaved();
  const link = await editor.deploy();

  const viewer = new AppViewer(page);
  await viewer.open(link);
  const items = viewer.listItems("List1");
  await expect(items).toHaveText(["Ada, Analyst #0Email Ada", "Grace, Engineer #1Email Grace"]);
  await expect(viewer.widget("Text2")).toHaveText("Selected: none");

  await items.nth(1).click();
  await expect(viewer.alert("Picked Grace #1")).toBeVisible();
  await expect(viewer.widget("Text2")).toHaveText("Selected: Grace");
  await expect(items.nth(1)).toHaveAttribute("aria-current", "true");
  // A widget of the template runs its own handler with its item.
  await page.getByRole("button", { name: "Email Ada" }).click();
  await expect(viewer.alert("Emailing Ada")).toBeVisible();

  // The next page evaluates the template for the items it shows; Enter picks from the keyboard.
  await page.getByRole("navigation", { name: "List1 pages" }).getByRole("button", { name: "Next" }).click();
  await expect(items).toHaveText(["Edsger, Architect #2Email Edsger"]);
  await expect(page.getByText("Page 2 of 2")).toBeVisible();
  await items.first().focus();
  await page.keyboard.press("Enter");
  await expect(viewer.alert("Picked Edsger #2")).toBeVisible();
  await expect(viewer.widget("Text2")).toHaveText("Selected: Edsger");
  await page.screenshot({
    path: resolve(import.meta.dirname, "../artifacts/widgets-list.png"),
    fullPage: true,
  });
  expect(pageErrors).toEqual([]);
});

test("a date shown in a Text, a chart, and an interval that stops when cleared and when the page changes", async ({
  page,
  pageErrors,
  signIn,
  appEditor: editor,
}) => {
  await signIn.signInAsAdmin();
  await editor.openNewApp("Dates");

  await editor.dragWidget("Date picker", 20, 20, "DatePicker1");
  await editor.setProperty("Label", "Delivery day");
  await editor.setProperty("Default date", "2026-03-10");
  await editor.setProperty("Display format", "DD/MM/YYYY");
  await editor.dragWidget("Text", 20, 100, "Text1");
  await editor.setProperty("Text", "Day: {{DatePicker1.formattedDate}}");
  await expect(editor.evaluated("Text")).toHaveText('"Day: 10/03/2026"');

  await editor.dragWidget("Button", 20, 160, "Button1");
  await editor.setProperty("Label", "Start");
  await editor.setProperty(
    "onClick",
    "{{setInterval(() => storeValue('ticks', (appsmith.store.ticks || 0) + 1), 150, 'clock')}}",
  );
  await editor.dragWidget("Button", 220, 160, "Button2");
  await editor.setProperty("Label", "Stop");
  await editor.setProperty("onClick", "{{clearInterval('clock')}}");
  await editor.dragWidget("Button", 420, 160, "Button3");
  await editor.setProperty("Label", "Elsewhere");
  await editor.setProperty("onClick", "{{navigateTo('Other')}}");
  await editor.dragWidget("Text", 20, 220, "Text2");
  await editor.setProperty("Text", "Ticks: {{appsmith.store.ticks || 0}}");
  await editor.dragWidget("Chart", 20, 280, "Chart1");
  await expect(editor.widget("Chart1").getByRole("img", { name: /^Bar chart/ })).toBeVisible();
  // The same data as a line, then as a pie of four slices with a legend.
  await editor.chooseProperty("Type", "Line");
  await expect(editor.widget("Chart1").getByRole("img", { name: /^Line chart/ })).toBeVisible();
  await expect(editor.widget("Chart1").locator("polyline")).toHaveCount(1);
  await editor.chooseProperty("Type", "Pie");
  await expect(editor.widget("Chart1").getByRole("img", { name: /^Pie chart/ })).toBeVisible();
  await expect(editor.widget("Chart1").locator("svg path")).toHaveCount(4);
  // The legend is for the eye; the image name and the data table say it to screen readers.
  await expect(editor.widget("Chart1").locator(".tw-chart-legend li")).toHaveText([
    "Mon",
    "Tue",
    "Wed",
    "Thu",
  ]);
  await editor.chooseProperty("Type", "Bar");
  await editor.waitSaved();

  await editor.addPage("Other");
  await editor.dragWidget("Text", 20, 20, "Text1");
  await editor.setProperty("Text", "Ticks here: {{appsmith.store.ticks || 0}}");
  await editor.waitSaved();
  await editor.openPage("Page1");
  const link = await editor.deploy();

  const viewer = new AppViewer(page);
  await viewer.open(link);
  const day = viewer.widget("Text1");
  await expect(day).toHaveText("Day: 10/03/2026");
  await page.getByRole("button", { name: /Delivery day/ }).click();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect(day).toHaveText("Day: 11/03/2026");

  // The chart is an image named by what it shows, with its data as a table for screen readers.
  await expect(page.getByRole("img", { name: "Bar chart. Series 1: 4 points from 8 to 19" })).toBeVisible();
  await expect(viewer.widget("Chart1").getByRole("table")).toContainText("Tue");
  await page.screenshot({
    path: resolve(import.meta.dirname, "../artifacts/widgets-chart.png"),
    fullPage: true,
  });

  const ticks = viewer.widget("Text2");
  const count = async () => Number((await ticks.textContent())?.replace("Ticks: ", ""));
  await page.getByRole("button", { name: "Start" }).click();
  await expect.poll(count).toBeGreaterThanOrEqual(3);
  await page.getByRole("button", { name: "Stop" }).click();
  const stopped = await count();
  await page.waitForTimeout(600);
  expect(await count()).toBe(stopped);

  // Started again, then left: the new page's Text sees the count stand still.
  await page.getByRole("button", { name: "Start" }).click();
  await expect.poll(count).toBeGreaterThan(stopped + 1);
  await page.getByRole("button", { name: "Elsewhere" }).click();
  const here = viewer.widget("Text1");
  await expect(here).toHaveText(/^Ticks here: \d+$/);
  const left = await here.textContent();
  await page.waitForTimeout(600);
  await expect(here).toHaveText(left ?? "");
  expect(pageErrors).toEqual([]);
});
