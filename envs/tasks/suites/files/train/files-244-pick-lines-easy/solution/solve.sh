#!/usr/bin/env bash
head -n 5 /workspace/kettle.txt > /workspace/river.txt
