#!/usr/bin/env bash
mv /workspace/docs/kettle.txt /workspace/docs/sunny.txt
