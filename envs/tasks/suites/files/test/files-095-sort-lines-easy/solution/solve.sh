#!/usr/bin/env bash
sort -o /workspace/kettle.txt /workspace/kettle.txt
