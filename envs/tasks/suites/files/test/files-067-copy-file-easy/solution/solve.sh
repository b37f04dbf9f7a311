#!/usr/bin/env bash
cp /workspace/quartz.txt /workspace/velvet.txt
