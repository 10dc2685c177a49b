package org.daftar.ui.report;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;

/**
 * A chart drawn by Apache ECharts (its webjar, loaded as a plain script: no frontend build) from
 * an option built in Java ({@link ChartOptions}). Redrawn when the option changes; downloadable as
 * PNG or SVG from the browser.
 */
public class ChartView extends Div {

    /** Where Spring Boot serves the ECharts webjar. */
    public static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";

    /** The image formats a chart downloads as. */
    public enum ImageFormat {
        PNG,
        SVG
    }

    private String option;

    public ChartView() {
        addClassName("daftar-chart");
        setWidthFull();
        setHeight("360px");
    }

    /** Draws {@code optionJson} (an ECharts option). */
    public void show(String optionJson) {
        this.option = optionJson;
        draw();
    }

    /** The option drawn last. */
    public String option() {
        return option;
    }

    /**
     * Saves the chart as an image in the browser, named {@code fileName}: PNG from the chart drawn,
     * SVG from a copy drawn off-screen with ECharts' SVG renderer.
     */
    public void download(ImageFormat format, String fileName) {
        getElement().executeJs("""
                const el = this; const svg = $0 === 'SVG';
                if (!window.echarts || !el.$daftarChart) return;
                let chart = el.$daftarChart, copy = null;
                if (svg) {
                  const box = document.createElement('div');
                  box.style.cssText = 'position:absolute;left:-10000px;width:' + el.clientWidth + 'px;height:' + el.clientHeight + 'px';
                  document.body.appendChild(box);
                  copy = echarts.init(box, null, {renderer: 'svg'});
                  copy.setOption(chart.getOption());
                  chart = copy;
                }
                const a = document.createElement('a');
                a.href = chart.getDataURL({type: svg ? 'svg' : 'png', pixelRatio: 2, backgroundColor: '#fff'});
                a.download = $1;
                document.body.appendChild(a); a.click(); a.remove();
                if (copy) { const box = copy.getDom(); copy.dispose(); box.remove(); }""", format.name(), fileName);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript(ECHARTS);
        draw();
    }

    private void draw() {
        if (option == null || !isAttached()) {
            return;
        }
        getElement().executeJs("""
                const el = this; const option = JSON.parse($0);
                const show = () => {
                  if (!window.echarts) { setTimeout(show, 50); return; }
                  if (!el.$daftarChart) {
                    el.$daftarChart = echarts.init(el);
                    new ResizeObserver(() => el.$daftarChart && el.$daftarChart.resize()).observe(el);
                  }
                  el.$daftarChart.setOption(option, true);
                };
                show();""", option);
    }
}
