#!/usr/bin/env bash
mv /workspace/kettle.txt /workspace/brick.txt
