#!/usr/bin/env bash
mv /workspace/harbor.txt /workspace/quartz.txt
