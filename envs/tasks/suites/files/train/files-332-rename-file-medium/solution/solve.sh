#!/usr/bin/env bash
mv /workspace/src/quartz.txt /workspace/src/garnet.txt
