#!/usr/bin/env bash
rm -r /workspace/docs /workspace/kettle.txt
