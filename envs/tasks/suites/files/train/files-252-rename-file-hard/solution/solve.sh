#!/usr/bin/env bash
mv /workspace/src/quartz/walnut.bak /workspace/src/quartz/meadow.md
