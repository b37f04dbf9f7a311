#!/usr/bin/env bash
mv /workspace/assets/jasper.txt /workspace/assets/quartz.txt
